using System.Globalization;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// What a JSON number lexeme becomes in a language's own numbers. The lexeme is the truth (it is what goes on the
/// wire), so a native number is only written when the language would serialise the same value back.
/// </summary>
internal static class JsonNumberText
{
    private const decimal MaxSafeInteger = 9007199254740991m;

    /// <summary>True for lexemes without fraction or exponent, which Python, Ruby and PHP read as integers.</summary>
    public static bool IsInteger(string text) => text.IndexOfAny(['.', 'e', 'E']) < 0;

    /// <summary>An integer lexeme within ±(2^53 − 1), the integers every JSON reader keeps exactly.</summary>
    public static bool IsSafeInteger(string text) =>
        IsInteger(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
        && Math.Abs(n) <= MaxSafeInteger;

    /// <summary>
    /// An integer lexeme that an integer literal holds: −0 is not one (it reads back as 0), and for PHP the value must
    /// fit in a 64-bit integer; its literal <c>-9223372036854775808</c> is a negated float, so the range is symmetric.
    /// </summary>
    public static bool IsExactInteger(string text, bool int64Only) =>
        IsInteger(text) && Normalize(text) is not (true, "", _)
        && (!int64Only || (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n != long.MinValue));

    /// <summary>
    /// True when reading the lexeme as an IEEE double and writing it back with the shortest round-trip digits (what
    /// JavaScript, Python, Ruby and PHP do) gives the same decimal value, including the sign of zero.
    /// </summary>
    public static bool SurvivesDouble(string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
        {
            return false;
        }

        // An exponent beyond int range only reaches here as zero or a denormal underflow: treat it as lost.
        return Normalize(text) is { } exact && exact == Normalize(d.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>The decimal value as sign, significant digits (no leading or trailing zeros) and exponent of the first digit.</summary>
    /// <returns>Null when the exponent does not fit in an <see cref="int"/>.</returns>
    public static (bool Negative, string Digits, int Exponent)? Normalize(string text)
    {
        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        var exponent = 0;
        var e = body.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
                || Math.Abs(exponent) > int.MaxValue / 2)
            {
                return null;
            }

            body = body[..e];
        }

        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? body : body[..dot];
        var digits = dot < 0 ? body : integerPart + body[(dot + 1)..];
        exponent += integerPart.Length;
        var leading = 0;
        while (leading < digits.Length && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits[leading..].TrimEnd('0');
        exponent -= leading;
        return digits.Length == 0 ? (negative, string.Empty, 0) : (negative, digits, exponent);
    }
}
