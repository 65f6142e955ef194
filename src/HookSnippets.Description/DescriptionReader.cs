using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Reading;
using HookSnippets.Description.Text;
using HookSnippets.Description.Validation;

namespace HookSnippets.Description;

/// <summary>What reading a description gave: the model when it has no errors, and every diagnostic in file order.</summary>
public sealed record DescriptionResult(ApiDescription? Description, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>Reads an endpoints.json: JSON with positions, then the model, then the checks of docs/diagnostics.md.</summary>
public static class DescriptionReader
{
    private const char ReplacementCharacter = '\uFFFD';

    /// <summary>
    /// Reads a description from its file bytes: UTF-8 (RFC 8259 requires it), with or without a byte order mark. A
    /// byte that is not valid UTF-8 is HS1001 at its line and column, rather than a U+FFFD silently put in its place.
    /// </summary>
    public static DescriptionResult Read(byte[] utf8, string filePath) =>
        NotUtf8(utf8, filePath) is { } problem
            ? new DescriptionResult(null, new[] { problem }.ToEquatableArray())
            : Read(Encoding.UTF8.GetString(utf8), filePath);

    /// <summary>HS1001 at the first byte of <paramref name="utf8"/> that is not valid UTF-8, or null when all of it is.</summary>
    public static DiagnosticInfo? NotUtf8(byte[] utf8, string filePath)
    {
        var invalid = Utf8Validation.FirstInvalidByte(utf8);
        if (invalid < 0)
        {
            return null;
        }

        var before = Encoding.UTF8.GetString(utf8, 0, invalid);
        var bom = before.Length > 0 && before[0] == '\uFEFF' ? 1 : 0;
        var span = new LineMap(before.Substring(bom)).GetSpan(before.Length - bom, 0);
        var message = "The file is not valid UTF-8: byte 0x" + utf8[invalid].ToString("X2", CultureInfo.InvariantCulture)
            + " cannot be decoded (an editor may show it as a replacement character or a wrong letter); save the file as UTF-8.";
        return new DiagnosticInfo(DiagnosticIds.JsonSyntax, Severity.Error, message, filePath, span);
    }

    /// <summary>
    /// Reads a description from its text. A U+FFFD written as such is HS1001 too: it is what a lenient decoder (the
    /// compiler's, for an additional file) puts where a byte was not UTF-8, so the text no longer says what the file
    /// says; a description that means the character writes the escape <c>\uFFFD</c>.
    /// </summary>
    public static DescriptionResult Read(string text, string filePath)
    {
        var replaced = text.IndexOf(ReplacementCharacter);
        if (replaced >= 0)
        {
            var message = "The text holds U+FFFD, the replacement character a decoder puts where a byte is not UTF-8: the file is probably not valid UTF-8; save it as UTF-8, or write the character as the escape \\uFFFD if it is meant.";
            return new DescriptionResult(null, new[] { new DiagnosticInfo(DiagnosticIds.JsonSyntax, Severity.Error, message, filePath, new LineMap(text).GetSpan(replaced, 1)) }.ToEquatableArray());
        }

        var parsed = JsonParser.Parse(text, filePath);
        if (parsed.Root is null)
        {
            return new DescriptionResult(null, parsed.Diagnostics);
        }

        var context = new BindingContext(filePath);
        context.Diagnostics.AddRange(parsed.Diagnostics);
        var description = new DescriptionBinder(context).Bind(parsed.Root);
        if (description is not null && !context.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            // The semantic rules assume a complete model; after binding errors they would only add noise.
            context.Diagnostics.AddRange(DescriptionValidator.Validate(description, filePath));
        }

        var diagnostics = Sorted(context.Diagnostics);
        return new DescriptionResult(diagnostics.Any(d => d.Severity == Severity.Error) ? null : description, diagnostics);
    }

    private static EquatableArray<DiagnosticInfo> Sorted(List<DiagnosticInfo> diagnostics) =>
        diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal).ToEquatableArray();
}
