using System.Globalization;
using HookSnippets.Description.Json;

namespace HookSnippets.Description.Validation;

/// <summary>Reads the raw lexeme of a JSON number (RFC 8259 grammar, already checked by the parser).</summary>
internal static class JsonNumberText
{
    /// <summary>
    /// True when the number has no fractional part mathematically: <c>3</c>, <c>3.0</c>, <c>3e2</c> and
    /// <c>300e-2</c> are integers, <c>3.5</c> and <c>1e-1</c> are not (JSON Schema counts values, not spelling).
    /// </summary>
    public static bool IsInteger(string text) =>
        JsonNumberValue.TryParse(text, out var value)
            ? value.Digits.Length == 0 || value.Exponent >= 0
            : text.IndexOf("e-", System.StringComparison.OrdinalIgnoreCase) < 0; // only absurd exponents (beyond 10^12) get here

    /// <summary>The nearest double; beyond its range, infinity (.NET Framework fails to parse what .NET Core rounds).</summary>
    public static double ToDouble(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : text.StartsWith("-", System.StringComparison.Ordinal) ? double.NegativeInfinity : double.PositiveInfinity;

    /// <summary>A bound as the description most likely wrote it: <c>0</c>, <c>100</c>, <c>0.5</c>.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
