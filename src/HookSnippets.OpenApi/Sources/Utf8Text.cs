using System.Text;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Text;

namespace HookSnippets.OpenApi.Sources;

/// <summary>
/// File bytes as text. An invalid UTF-8 byte is an error at its line and column, where a lenient decoder would put a
/// U+FFFD in its place and the text would reach samples changed. Text given as a string gets the same check for what
/// no UTF-8 file can hold: a UTF-16 surrogate without its pair.
/// </summary>
internal static class Utf8Text
{
    public static string? Decode(byte[] bytes, string displayPath, out DiagnosticInfo? error)
    {
        error = null;
        var invalid = Utf8Validation.FirstInvalidByte(bytes);
        if (invalid < 0)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var before = Encoding.UTF8.GetString(bytes, 0, invalid);
        var start = before.StartsWith('\uFEFF') ? 1 : 0;
        error = new DiagnosticInfo(
            DiagnosticIds.OpenApiSyntax,
            Severity.Error,
            $"Not valid UTF-8: byte 0x{bytes[invalid]:X2} cannot be decoded; save the file as UTF-8.",
            displayPath,
            new LineMap(before[start..]).GetSpan(before.Length - start, 0));
        return null;
    }

    /// <summary>An error at the first surrogate of <paramref name="text"/> that has no pair, or null.</summary>
    public static DiagnosticInfo? LoneSurrogate(string text, string displayPath)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                var start = text.StartsWith('\uFEFF') ? 1 : 0;
                return new DiagnosticInfo(
                    DiagnosticIds.OpenApiSyntax,
                    Severity.Error,
                    $"Not valid text: U+{(int)text[i]:X4} is half of a UTF-16 surrogate pair, which no UTF-8 file can hold.",
                    displayPath,
                    new LineMap(text[start..]).GetSpan(i - start, 0));
            }
        }

        return null;
    }
}
