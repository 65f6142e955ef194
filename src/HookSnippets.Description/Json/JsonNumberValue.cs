using System;

namespace HookSnippets.Description.Json;

/// <summary>
/// The exact value of a JSON number lexeme as sign, significant digits and a power of ten, so that numbers of any size
/// compare by value without the rounding of double or the range limits of decimal.
/// </summary>
internal readonly struct JsonNumberValue
{
    private JsonNumberValue(bool negative, string digits, long exponent)
    {
        Negative = negative;
        Digits = digits;
        Exponent = exponent;
    }

    /// <summary>False for zero, so that <c>-0</c> equals <c>0</c>.</summary>
    public bool Negative { get; }

    /// <summary>Significant digits without leading or trailing zeros; empty for zero.</summary>
    public string Digits { get; }

    public long Exponent { get; }

    /// <summary>Equal by value when both are JSON number lexemes; otherwise equal only as identical text.</summary>
    public static bool AreEqual(string a, string b)
    {
        if (TryParse(a, out var x) && TryParse(b, out var y))
        {
            return x.Negative == y.Negative && x.Exponent == y.Exponent && string.Equals(x.Digits, y.Digits, StringComparison.Ordinal);
        }

        return string.Equals(a, b, StringComparison.Ordinal);
    }

    public static bool TryParse(string text, out JsonNumberValue value)
    {
        value = default;
        var i = 0;
        var negative = i < text.Length && text[i] == '-';
        if (negative)
        {
            i++;
        }

        var integerStart = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        var integerPart = text.Substring(integerStart, i - integerStart);
        if (integerPart.Length == 0 || (integerPart.Length > 1 && integerPart[0] == '0'))
        {
            return false;
        }

        var fractionPart = string.Empty;
        if (i < text.Length && text[i] == '.')
        {
            var fractionStart = ++i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            fractionPart = text.Substring(fractionStart, i - fractionStart);
            if (fractionPart.Length == 0)
            {
                return false;
            }
        }

        long exponent = 0;
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            var exponentNegative = false;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                exponentNegative = text[i] == '-';
                i++;
            }

            var exponentStart = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                // Exponents beyond this bound are not meaningful values; such lexemes fall back to text comparison.
                if (exponent > 1_000_000_000_000L)
                {
                    return false;
                }

                exponent = (exponent * 10) + (text[i] - '0');
                i++;
            }

            if (i == exponentStart)
            {
                return false;
            }

            if (exponentNegative)
            {
                exponent = -exponent;
            }
        }

        if (i != text.Length)
        {
            return false;
        }

        var digits = (integerPart + fractionPart).TrimStart('0');
        exponent -= fractionPart.Length;
        var trimmed = digits.TrimEnd('0');
        exponent += digits.Length - trimmed.Length;
        if (trimmed.Length == 0)
        {
            value = new JsonNumberValue(false, string.Empty, 0);
            return true;
        }

        value = new JsonNumberValue(negative, trimmed, exponent);
        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
