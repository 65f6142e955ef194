using System;

namespace HookSnippets.Description.Validation;

/// <summary>The two <c>format</c> values the description format checks; other formats are annotations only.</summary>
internal static class StringFormats
{
    public const string DateTime = "date-time";
    public const string Uri = "uri";

    /// <summary>RFC 3339 section 5.6 <c>date-time</c>, with real calendar and clock ranges (leap second 60 allowed).</summary>
    public static bool IsDateTime(string value)
    {
        // yyyy-mm-ddThh:mm:ss[.frac](Z|+hh:mm|-hh:mm)
        if (value.Length < 20
            || !Digits(value, 0, 4, out var year) || value[4] != '-'
            || !Digits(value, 5, 2, out var month) || value[7] != '-'
            || !Digits(value, 8, 2, out var day)
            || (value[10] != 'T' && value[10] != 't')
            || !Digits(value, 11, 2, out var hour) || value[13] != ':'
            || !Digits(value, 14, 2, out var minute) || value[16] != ':'
            || !Digits(value, 17, 2, out var second))
        {
            return false;
        }

        if (month < 1 || month > 12 || day < 1 || day > System.DateTime.DaysInMonth(Math.Max(year, 1), month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var index = 19;
        if (value[index] == '.')
        {
            var start = ++index;
            while (index < value.Length && value[index] >= '0' && value[index] <= '9')
            {
                index++;
            }

            if (index == start)
            {
                return false;
            }
        }

        if (index == value.Length - 1)
        {
            return value[index] == 'Z' || value[index] == 'z';
        }

        return index == value.Length - 6
            && (value[index] == '+' || value[index] == '-')
            && Digits(value, index + 1, 2, out var offsetHour) && offsetHour <= 23
            && value[index + 3] == ':'
            && Digits(value, index + 4, 2, out var offsetMinute) && offsetMinute <= 59;
    }

    /// <summary>An absolute URI with a scheme (RFC 3986); <see cref="System.Uri"/> alone would take <c>/path</c> as a file URI on Unix.</summary>
    public static bool IsAbsoluteUri(string value)
    {
        if (value.Length == 0 || !IsAsciiLetter(value[0]))
        {
            return false;
        }

        var index = 1;
        while (index < value.Length && (IsAsciiLetter(value[index]) || (value[index] >= '0' && value[index] <= '9') || value[index] == '+' || value[index] == '-' || value[index] == '.'))
        {
            index++;
        }

        return index < value.Length && value[index] == ':' && System.Uri.TryCreate(value, UriKind.Absolute, out _);
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool Digits(string value, int start, int count, out int number)
    {
        number = 0;
        if (start + count > value.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            var c = value[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }
}
