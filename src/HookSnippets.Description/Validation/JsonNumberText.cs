using System.Globalization;

namespace HookSnippets.Description.Validation;

/// <summary>Reads the raw lexeme of a JSON number (RFC 8259 grammar, already checked by the parser).</summary>
internal static class JsonNumberText
{
    /// <summary>
    /// True when the number has no fractional part mathematically: <c>3</c>, <c>3.0</c>, <c>3e2</c> and
    /// <c>300e-2</c> are integers, <c>3.5</c> and <c>1e-1</c> are not (JSON Schema counts values, not spelling).
    /// </summary>
    public static bool IsInteger(string text)
    {
        var index = text.Length > 0 && text[0] == '-' ? 1 : 0;
        var digits = new System.Text.StringBuilder(text.Length);
        var integerDigits = 0;
        while (index < text.Length && IsDigit(text[index]))
        {
            digits.Append(text[index++]);
            integerDigits++;
        }

        if (index < text.Length && text[index] == '.')
        {
            index++;
            while (index < text.Length && IsDigit(text[index]))
            {
                digits.Append(text[index++]);
            }
        }

        long exponent = 0;
        if (index < text.Length && (text[index] == 'e' || text[index] == 'E'))
        {
            index++;
            var negative = index < text.Length && text[index] == '-';
            if (index < text.Length && (text[index] == '-' || text[index] == '+'))
            {
                index++;
            }

            while (index < text.Length && IsDigit(text[index]))
            {
                // Saturate: an exponent beyond the digit count decides the answer as well as a larger one.
                exponent = System.Math.Min((exponent * 10) + (text[index++] - '0'), int.MaxValue);
            }

            exponent = negative ? -exponent : exponent;
        }

        var fractionStart = integerDigits + exponent;
        for (var i = (int)System.Math.Max(0, System.Math.Min(fractionStart, digits.Length)); i < digits.Length; i++)
        {
            if (digits[i] != '0')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The nearest double; beyond its range, infinity (.NET Framework fails to parse what .NET Core rounds).</summary>
    public static double ToDouble(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : text.StartsWith("-", System.StringComparison.Ordinal) ? double.NegativeInfinity : double.PositiveInfinity;

    /// <summary>A bound as the description most likely wrote it: <c>0</c>, <c>100</c>, <c>0.5</c>.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
