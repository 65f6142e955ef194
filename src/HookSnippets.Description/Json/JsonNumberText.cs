using System;
using System.Globalization;

namespace HookSnippets.Description.Json;

/// <summary>
/// Questions about the lexeme of a JSON number (RFC 8259 grammar, already checked by the parser). Its value and its
/// spelling answer different ones: <c>3.0</c> has an integral value, which is what JSON Schema's <c>integer</c> asks,
/// but it is not spelled as an integer, so Python, Ruby, PHP and JavaScript read it as a float. The lexeme is what
/// goes on the wire, so an encoder writes a native number only when the language serialises the same value back.
/// </summary>
public static class JsonNumberText
{
    private const decimal MaxSafeInteger = 9007199254740991m;

    /// <summary>
    /// Beyond this written exponent only a zero can still equal its double. Samples have always sent such lexemes as
    /// text, and keep doing so, so that no rendered sample changes.
    /// </summary>
    private const int MaxNativeExponent = int.MaxValue / 2;

    private static readonly char[] FractionOrExponent = ['.', 'e', 'E'];

    private static readonly char[] Exponent = ['e', 'E'];

    /// <summary>
    /// True when the value has no fractional part, whatever the spelling: <c>3</c>, <c>3.0</c>, <c>3e2</c> and
    /// <c>300e-2</c> are integral, <c>3.5</c> and <c>1e-1</c> are not (JSON Schema counts values, not spelling).
    /// </summary>
    public static bool HasIntegralValue(string text) =>
        JsonNumberValue.TryParse(text, out var value)
            ? value.Digits.Length == 0 || value.Exponent >= 0
            : text.IndexOf("e-", StringComparison.OrdinalIgnoreCase) < 0; // only absurd exponents (beyond 10^12) get here

    /// <summary>
    /// True when the spelling has neither fraction nor exponent: the lexemes that Python, Ruby, PHP and JavaScript read
    /// as integer literals (<c>3</c>, not <c>3.0</c> nor <c>3e2</c>).
    /// </summary>
    public static bool IsIntegerLiteral(string text) => text.IndexOfAny(FractionOrExponent) < 0;

    /// <summary>
    /// True for a zero written with a minus sign (<c>-0</c>, <c>-0.0</c>, <c>-0e5</c>): an integer literal reads it back
    /// as 0, and so does JavaScript's <c>JSON.stringify</c> for a float.
    /// </summary>
    public static bool IsNegativeZero(string text) =>
        text.StartsWith("-", StringComparison.Ordinal) && JsonNumberValue.TryParse(text, out var value) && value.Digits.Length == 0;

    /// <summary>An integer literal within ±(2^53 − 1), the integers every JSON reader keeps exactly.</summary>
    public static bool IsSafeInteger(string text) =>
        IsIntegerLiteral(text)
        && decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
        && Math.Abs(value) <= MaxSafeInteger;

    /// <summary>
    /// True when reading the lexeme as an IEEE double and writing it back with the shortest round-trip digits (what
    /// JavaScript, Python, Ruby and PHP do) gives the same decimal value, including the sign of zero.
    /// </summary>
    public static bool SurvivesDouble(string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsNaN(value) || double.IsInfinity(value) || HasExponentBeyond(text, MaxNativeExponent))
        {
            return false;
        }

        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        return JsonNumberValue.AreEqual(text, shortest)
            && text.StartsWith("-", StringComparison.Ordinal) == shortest.StartsWith("-", StringComparison.Ordinal);
    }

    /// <summary>The nearest double; beyond its range, infinity (.NET Framework fails to parse what .NET Core rounds).</summary>
    public static double ToDouble(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : text.StartsWith("-", StringComparison.Ordinal) ? double.NegativeInfinity : double.PositiveInfinity;

    /// <summary>A bound as the description most likely wrote it: <c>0</c>, <c>100</c>, <c>0.5</c>.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static bool HasExponentBeyond(string text, int limit)
    {
        var e = text.IndexOfAny(Exponent);
        return e >= 0
            && (!int.TryParse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent)
                || Math.Abs(exponent) > limit);
    }
}
