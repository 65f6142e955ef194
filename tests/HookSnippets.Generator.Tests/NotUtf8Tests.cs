using System.Text;
using HookSnippets.Description;
using HookSnippets.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HookSnippets.Generator.Tests;

/// <summary>
/// The compiler hands the generator text, never bytes: a description with a byte that is not UTF-8 reaches it
/// decoded leniently (U+FFFD in the byte's place) or, where a code page is installed, decoded with that fallback.
/// Either way the generator stops with the HS1001 <c>validate</c> reports for the file's bytes, at the same place.
/// </summary>
public sealed class NotUtf8Tests
{
    private const string Path = "/project/endpoints.json";

    private static readonly byte[] Bytes = WithInvalidByte();

    [Fact]
    public void A_byte_decoded_as_the_replacement_character_is_HS1001_where_validate_puts_it()
    {
        // What the compiler does on Linux and macOS, where its fallback encoding is UTF-8 itself.
        var text = SourceText.From(new MemoryStream(Bytes), Encoding.UTF8);
        Assert.Contains('\uFFFD', text.ToString());

        AssertSameErrorAsValidate(text);
    }

    [Fact]
    public void A_file_decoded_with_a_fallback_code_page_is_HS1001_where_validate_puts_it()
    {
        // What the compiler does on Windows (Windows-1252); Latin-1 keeps every byte the same way.
        var text = SourceText.From(Encoding.Latin1.GetString(Bytes), Encoding.Latin1);
        Assert.DoesNotContain('\uFFFD', text.ToString());

        AssertSameErrorAsValidate(text);
    }

    [Fact]
    public void A_file_with_a_utf16_byte_order_mark_is_HS1001_at_its_start_as_validate_reports_it()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(GeneratorRunner.ReadEndpointsJson())).ToArray();
        var expected = Assert.Single(DescriptionReader.Read(utf16, Path).Diagnostics);

        var reported = Assert.Single(GeneratorRunner.Run([new DecodedText(SourceText.From(new MemoryStream(utf16)))]).Diagnostics);

        Assert.Equal(("HS1001", 0, 0), (expected.Id, expected.Span.StartLine, expected.Span.StartColumn));
        Assert.Equal(("HS1001", 0, 0), (reported.Id, reported.Location.GetLineSpan().StartLinePosition.Line, reported.Location.GetLineSpan().StartLinePosition.Character));
    }

    private static void AssertSameErrorAsValidate(SourceText text)
    {
        var expected = Assert.Single(DescriptionReader.Read(Bytes, Path).Diagnostics);

        var result = GeneratorRunner.Run([new DecodedText(text)]);

        var reported = Assert.Single(result.Diagnostics);
        var start = reported.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((expected.Id, DiagnosticSeverity.Error), (reported.Id, reported.Severity));
        Assert.Equal((expected.Span.StartLine, expected.Span.StartColumn), (start.Line, start.Character));
        Assert.Equal(Path, reported.Location.GetLineSpan().Path);
        Assert.Equal(["HookSnippets-Runtime.g.cs"], result.Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    /// <summary>The shipped description with the 'O' of its first <c>HOOK_ID</c> replaced by 0xE9, Latin-1's 'é' and no UTF-8 at all.</summary>
    private static byte[] WithInvalidByte()
    {
        var bytes = Encoding.UTF8.GetBytes(GeneratorRunner.ReadEndpointsJson());
        bytes[bytes.AsSpan().IndexOf("HOOK_ID"u8) + 1] = 0xE9;
        return bytes;
    }

    private sealed class DecodedText(SourceText text) : AdditionalText
    {
        public override string Path => NotUtf8Tests.Path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
