using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Description.Json;

/// <summary>Result of reading JSON text: the root when it is well-formed, and what was wrong otherwise.</summary>
public sealed record JsonParseResult(JsonNode? Root, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads RFC 8259 JSON and nothing more lenient, keeping the span of every value and member name.
/// Positions are counted as Roslyn counts them (see <see cref="Text.LineMap"/>); a leading BOM is skipped and not counted.
/// </summary>
public static class JsonParser
{
    /// <summary>Deepest nesting of objects and arrays accepted; deeper input gets HS1002 instead of a stack overflow.</summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// Parses <paramref name="text"/>. The first syntax error (HS1001) or nesting error (HS1002) stops the reader and
    /// leaves <see cref="JsonParseResult.Root"/> null. Duplicate member names (HS1003) are reported and reading goes on;
    /// the root then keeps both members in their written order.
    /// </summary>
    public static JsonParseResult Parse(string text, string filePath) => new JsonSyntaxReader(text, filePath).Read();
}
