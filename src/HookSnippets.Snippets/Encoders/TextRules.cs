using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>Rules every literal encoder shares: which inputs are accepted and which characters are written as themselves.</summary>
internal static class TextRules
{
    private static readonly SearchValues<char> PrintableAscii = PrintableAsciiExcept(string.Empty);

    /// <summary>
    /// Encoders take valid UTF-16: a lone surrogate has no UTF-8 form, so no source file could hold it.
    /// </summary>
    public static void EnsureWellFormed(string value)
    {
        var at = LoneSurrogateAt(value);
        if (at >= 0)
        {
            throw new ArgumentException(
                $"The text holds a lone surrogate U+{(int)value[at]:X4} at index {at}; literals are written from valid UTF-16 only.",
                nameof(value));
        }
    }

    /// <summary>False when the text holds a lone surrogate (no UTF-8 form).</summary>
    public static bool IsWellFormed(string value) => LoneSurrogateAt(value) < 0;

    private static int LoneSurrogateAt(string value)
    {
        // Text without surrogates, nearly every sample's, is settled by one vectorised scan.
        var first = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return -1;
        }

        for (var i = first; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when a character can stand as itself in a sample: printable ASCII, or non-ASCII that is visible.
    /// Controls, line and paragraph separators (they end lines in JavaScript and others), format characters such as
    /// U+FEFF and U+200D, non-ASCII spaces, private-use and unassigned code points are escaped, so that a reader sees
    /// them and no compiler trips over them.
    /// </summary>
    public static bool IsPlain(Rune rune)
    {
        if (rune.IsAscii)
        {
            return rune.Value is >= 0x20 and < 0x7F;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate => false,
            _ => true,
        };
    }

    /// <summary>True when every rune of <paramref name="value"/> <see cref="IsPlain"/>.</summary>
    public static bool AllPlain(string value)
    {
        if (!value.AsSpan().ContainsAnyExcept(PrintableAscii))
        {
            return true;
        }

        foreach (var rune in value.EnumerateRunes())
        {
            if (!IsPlain(rune))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Printable ASCII (U+0020 to U+007E) except <paramref name="special"/>: the characters an encoder writes as themselves.</summary>
    public static SearchValues<char> PrintableAsciiExcept(string special) =>
        SearchValues.Create(Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Where(c => !special.Contains(c)).ToArray());

    /// <summary>The rune's UTF-16 code units, without the string <see cref="Rune.ToString"/> allocates.</summary>
    public static StringBuilder AppendRune(this StringBuilder builder, Rune rune)
    {
        Span<char> units = stackalloc char[2];
        return builder.Append(units[..rune.EncodeToUtf16(units)]);
    }

    /// <summary>Upper-case hexadecimal, at least <paramref name="digits"/> digits, without formatting a string.</summary>
    public static StringBuilder AppendHex(this StringBuilder builder, int value, int digits)
    {
        var significant = (32 - BitOperations.LeadingZeroCount((uint)value) + 3) / 4;
        for (var shift = (Math.Max(digits, significant) - 1) * 4; shift >= 0; shift -= 4)
        {
            builder.Append("0123456789ABCDEF"[(value >> shift) & 0xF]);
        }

        return builder;
    }

    public static StringBuilder AppendOctal(this StringBuilder builder, int value) =>
        builder.Append('\\')
            .Append((char)('0' + ((value >> 6) & 7)))
            .Append((char)('0' + ((value >> 3) & 7)))
            .Append((char)('0' + (value & 7)));
}
