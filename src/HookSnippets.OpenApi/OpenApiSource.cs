using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.OpenApi.References;
using HookSnippets.OpenApi.Sources;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using System.Text.Json;
using Nodes = System.Text.Json.Nodes;

namespace HookSnippets.OpenApi;

/// <summary>
/// An OpenAPI description (Swagger 2.0, OpenAPI 3.0 or 3.1; JSON or YAML; one file or several) read into one
/// self-contained document (<see cref="ReferenceBundler"/>) and then by Microsoft.OpenApi, with the map from every
/// node back to the file, line and column it was written at. What stops the import is in <see cref="Errors"/>; what
/// stops only the operations that reach it is in <see cref="Problems"/>.
/// </summary>
internal sealed class OpenApiSource
{
    private OpenApiSource(string displayPath) => DisplayPath = displayPath;

    public string DisplayPath { get; }

    public OpenApiDocument? Document { get; private set; }

    public SourceMap? Map { get; private set; }

    public bool IsSwagger2 { get; private set; }

    /// <summary>Errors that leave nothing to import: the document cannot be read, or is not OpenAPI.</summary>
    public List<DiagnosticInfo> Errors { get; } = [];

    /// <summary>Nodes that cannot be used; <see cref="Reach"/> says which operations they stop.</summary>
    public List<Problem> Problems { get; } = [];

    public ProblemReach? Reach { get; private set; }

    public static OpenApiSource Load(string text, string fullPath, string displayPath, ImportReport report)
    {
        var source = new OpenApiSource(displayPath);
        if (Utf8Text.LoneSurrogate(text, displayPath) is { } broken)
        {
            source.Errors.Add(broken);
            return source;
        }

        var read = SourceFiles.Parse(text, fullPath, displayPath);
        if (read.File is not { } document)
        {
            source.Errors.Add(read.Error!);
            return source;
        }

        if (!source.CheckVersion(document))
        {
            return source;
        }

        var files = new SourceFiles(fullPath, displayPath);
        files.Add(document);
        var bundle = ReferenceBundler.Bundle(document, files, read.Duplicates);
        source.Map = bundle.Map;
        source.IsSwagger2 = bundle.IsSwagger2;
        source.ConstNulls = bundle.ConstNulls;
        report.Map = bundle.Map;
        source.Problems.AddRange(bundle.Problems);
        foreach (var (file, duplicate) in bundle.Duplicates)
        {
            report.Add(ReferenceEquals(file, document) ? duplicate.Pointer : file.DisplayPath + duplicate.Pointer, $"key '{duplicate.Name}' is written twice in one object; the last value is used", file, duplicate.Span);
        }

        foreach (var (pointer, reason) in bundle.Notes)
        {
            report.Add(pointer, reason);
        }

        source.Read(bundle.Root, SourceFiles.IsJson(text, fullPath) ? text : null, fullPath, report);
        source.Reach = new ProblemReach(bundle.Root, bundle.IsSwagger2, source.Problems);
        return source;
    }

    /// <summary>A pointer into the combined document as the report shows it, with its file and span.</summary>
    public SourceLocation Locate(string pointer) => Map!.Locate(pointer);

    /// <summary>Pointers of the schemas that say <c>const: null</c>, which the reader's model keeps as no const at all.</summary>
    public IReadOnlySet<string> ConstNulls { get; private set; } = new HashSet<string>();

    /// <summary>The node of the combined document at <paramref name="pointer"/>, for what the reader's model loses; null when there is none.</summary>
    public JsonNode? Raw(string pointer)
    {
        var node = Map!.Root;
        foreach (var token in JsonPointer.Split(pointer) ?? [])
        {
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array when int.TryParse(token, out var index) && index >= 0 && index < array.Items.Count => array.Items[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Swagger 2.0 or OpenAPI 3.0/3.1, checked on the tree: the reader's own messages for other versions name no position.</summary>
    private bool CheckVersion(SourceFile document)
    {
        var root = document.Root as JsonObject;
        var openapi = root?.Find("openapi");
        var swagger = root?.Find("swagger");
        var version = (openapi ?? swagger)?.Value switch
        {
            JsonString text => text.Value,
            JsonNumber number => number.Text,
            _ => null,
        };
        var supported = openapi is not null
            ? version is not null && (version.StartsWith("3.0", StringComparison.Ordinal) || version.StartsWith("3.1", StringComparison.Ordinal))
            : version is "2.0" or "2";
        if (supported)
        {
            return true;
        }

        var (span, message) = (openapi ?? swagger) is { } member
            ? (member.Value.Span, $"OpenAPI version '{version ?? JsonWriter.Write(member.Value, indented: false)}' is not supported: HookSnippets imports Swagger 2.0, OpenAPI 3.0 and OpenAPI 3.1.")
            : (document.Root.Span, "No 'openapi' version member: this is not an OpenAPI document (OpenAPI 3 files start with openapi: 3.1.0, Swagger 2.0 files with swagger: \"2.0\").");
        Errors.Add(new DiagnosticInfo(DiagnosticIds.UnsupportedOpenApiVersion, Severity.Error, message, DisplayPath, new(span.Start, 0, span.StartLine, span.StartColumn, span.StartLine, span.StartColumn)));
        return false;
    }

    private void Read(JsonObject root, string? jsonText, string fullPath, ImportReport report)
    {
        var settings = new OpenApiReaderSettings { RuleSet = new ValidationRuleSet(), LoadExternalRefs = false };
        // A JSON document that needed no change is read from its own text, without writing the tree out again.
        var readable = VersionAsText(root);
        var text = jsonText is not null && ReferenceEquals(readable, Map!.Document.Root) ? jsonText.TrimStart('\uFEFF') : JsonWriter.Write(readable, indented: false);
        var json = Nodes.JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = JsonParser.MaxDepth })!;
        ReadResult result;
        try
        {
            result = new OpenApiJsonReader().Read(json, new Uri(Path.GetFullPath(fullPath)), settings);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reader is a library: a document it trips over must still end in a located error, never a crash.
            Errors.Add(new DiagnosticInfo(DiagnosticIds.InvalidOpenApiDocument, Severity.Error, $"The OpenAPI reader failed on this document ({e.GetType().Name}: {e.Message}).", DisplayPath, default));
            return;
        }

        Document = result.Document;
        foreach (var error in result.Diagnostic?.Errors ?? [])
        {
            var (pointer, message) = Where(error);
            var location = Locate(pointer);
            Problems.Add(new Problem(pointer, new DiagnosticInfo(DiagnosticIds.InvalidOpenApiDocument, Severity.Error, "The OpenAPI reader: " + message, location.File.DisplayPath, location.Span)));
        }

        foreach (var warning in result.Diagnostic?.Warnings ?? [])
        {
            var (pointer, message) = Where(warning);
            report.Add(pointer, "the OpenAPI reader warns: " + message);
        }
    }

    /// <summary>
    /// The node a reader message is about: its pointer, or the one some messages end with instead
    /// ("anyOf is not a valid property at #/definitions/A/items"), which the location then replaces.
    /// </summary>
    private static (string Pointer, string Message) Where(OpenApiError error)
    {
        if (!string.IsNullOrEmpty(error.Pointer))
        {
            return (error.Pointer, error.Message);
        }

        var at = error.Message.LastIndexOf(" at #", StringComparison.Ordinal);
        return at >= 0 && !error.Message[(at + 4)..].Contains(' ') ? (error.Message[(at + 4)..], error.Message[..at]) : (JsonPointer.Root, error.Message);
    }

    /// <summary>A YAML <c>openapi: 3.1</c> is a number; the reader wants the version as text. The same tree when it already is.</summary>
    private static JsonObject VersionAsText(JsonObject root) =>
        root.Members.Any(IsNumericVersion)
            ? root with { Members = root.Members.Select(m => IsNumericVersion(m) ? m with { Value = new JsonString(((JsonNumber)m.Value).Text, m.Value.Span) } : m).ToEquatableArray() }
            : root;

    private static bool IsNumericVersion(JsonMember member) => member.Name is "openapi" or "swagger" && member.Value is JsonNumber;
}
