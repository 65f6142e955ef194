using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Tests.Json;

internal static class JsonTestHelpers
{
    public const string FilePath = "endpoints.json";

    public static JsonNode ParseValid(string text)
    {
        var result = JsonParser.Parse(text, FilePath);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Root);
        return result.Root!;
    }

    /// <summary>Asserts the text fails with exactly one error at a 1-based line and column, as printed.</summary>
    public static DiagnosticInfo AssertSingleError(string text, string id, int line, int column, string message)
    {
        var result = JsonParser.Parse(text, FilePath);
        Assert.Null(result.Root);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(FilePath, diagnostic.FilePath);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal((line, column), (diagnostic.Span.StartLine + 1, diagnostic.Span.StartColumn + 1));
        return diagnostic;
    }

    /// <summary>Start offset, length and 0-based start line/column of a span, for compact assertions.</summary>
    public static (int Start, int Length, int Line, int Column) At(SourceSpan span) =>
        (span.Start, span.Length, span.StartLine, span.StartColumn);

    public static JsonObject Object(JsonNode node) => Assert.IsType<JsonObject>(node);

    public static JsonArray Array(JsonNode? node) => Assert.IsType<JsonArray>(node);
}
