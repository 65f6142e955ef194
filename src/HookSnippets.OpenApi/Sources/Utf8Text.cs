using System.Text;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Text;

namespace HookSnippets.OpenApi.Sources;

/// <summary>
/// File bytes as text. An invalid UTF-8 byte is an error at its line and column, where a lenient decoder would put a
/// U+FFFD in its place and the text would reach samples changed.
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
            ImportDiagnostics.Syntax,
            Severity.Error,
            $"Not valid UTF-8: byte 0x{bytes[invalid]:X2} cannot be decoded; save the file as UTF-8.",
            displayPath,
            new LineMap(before[start..]).GetSpan(before.Length - start, 0));
        return null;
    }
}
