using System.Text;
using System.Text.RegularExpressions;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Text;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace HookSnippets.OpenApi;

/// <summary>
/// An OpenAPI 3.0 or 3.1 file (JSON or YAML) read with Microsoft.OpenApi, plus a way to turn a JSON pointer into the
/// file's line and column for error messages (JSON files only; YAML errors carry the pointer in the message).
/// </summary>
internal sealed partial class OpenApiSource
{
    private readonly string _text;
    private JsonNode? _positions;
    private bool _positionsRead;

    private OpenApiSource(string text, string filePath, bool isJson, OpenApiDocument? document, OpenApiDiagnostic? diagnostic)
    {
        _text = text;
        FilePath = filePath;
        IsJson = isJson;
        Document = document;
        Diagnostic = diagnostic;
    }

    public string FilePath { get; }

    public bool IsJson { get; }

    public OpenApiDocument? Document { get; }

    public OpenApiDiagnostic? Diagnostic { get; }

    public List<DiagnosticInfo> Errors { get; } = [];

    public static OpenApiSource Load(string text, string filePath)
    {
        var isJson = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{');
        var settings = new OpenApiReaderSettings { RuleSet = new ValidationRuleSet(), LoadExternalRefs = false };
        settings.AddYamlReader();
        OpenApiSource source;
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
            var result = OpenApiDocument.Load(stream, isJson ? OpenApiConstants.Json : OpenApiConstants.Yaml, settings);
            source = new OpenApiSource(text, filePath, isJson, result.Document, result.Diagnostic);
        }
        catch (OpenApiUnsupportedSpecVersionException e)
        {
            source = new OpenApiSource(text, filePath, isJson, null, null);
            source.Error(DiagnosticIds.UnsupportedOpenApiVersion, "#/openapi", e.Message + " HookSnippets imports OpenAPI 3.0 and 3.1.");
            return source;
        }
        catch (Exception e) when (e is OpenApiException or FormatException or InvalidOperationException or ArgumentException)
        {
            source = new OpenApiSource(text, filePath, isJson, null, null);
            source.SyntaxError(e.Message);
            return source;
        }

        source.CheckDiagnostics();
        return source;
    }

    /// <summary>Adds an error located at <paramref name="pointer"/> (the pointer is also in the message).</summary>
    public void Error(string id, string pointer, string message) =>
        Errors.Add(new DiagnosticInfo(id, Severity.Error, message + " (at " + pointer + ")", FilePath, Locate(pointer)));

    /// <summary>The span of the value a pointer names, or of its deepest existing ancestor; the file start otherwise.</summary>
    public SourceSpan Locate(string pointer)
    {
        if (!IsJson)
        {
            return default;
        }

        if (!_positionsRead)
        {
            _positions = JsonParser.Parse(_text, FilePath).Root;
            _positionsRead = true;
        }

        var node = _positions;
        var span = node?.Span ?? default;
        foreach (var token in JsonPointer.Split(pointer) ?? [])
        {
            node = node switch
            {
                JsonObject obj => obj.Find(token)?.Value,
                JsonArray array when int.TryParse(token, out var index) && index >= 0 && index < array.Items.Count => array.Items[index],
                _ => null,
            };
            if (node is null)
            {
                break;
            }

            span = node.Span;
        }

        return span;
    }

    private void CheckDiagnostics()
    {
        var diagnostic = Diagnostic!;
        if (Document is null || diagnostic.Errors.Any(e => e.Message.Contains("Version node", StringComparison.Ordinal)))
        {
            if (diagnostic.Errors.Any(e => e.Message.Contains("Version node", StringComparison.Ordinal)))
            {
                Error(DiagnosticIds.UnsupportedOpenApiVersion, "#", "No 'openapi' version member: this is not an OpenAPI 3.0 or 3.1 document.");
            }
            else
            {
                SyntaxError(string.Join(" ", diagnostic.Errors.Select(e => e.Message)));
            }

            return;
        }

        if (diagnostic.SpecificationVersion is not (OpenApiSpecVersion.OpenApi3_0 or OpenApiSpecVersion.OpenApi3_1))
        {
            var version = diagnostic.SpecificationVersion == OpenApiSpecVersion.OpenApi2_0 ? "Swagger/OpenAPI 2.0" : diagnostic.SpecificationVersion.ToString();
            Error(DiagnosticIds.UnsupportedOpenApiVersion, "#/openapi", $"This is a {version} document; HookSnippets imports OpenAPI 3.0 and 3.1 (convert it first).");
            return;
        }

        foreach (var error in diagnostic.Errors)
        {
            Error(DiagnosticIds.InvalidOpenApiDocument, string.IsNullOrEmpty(error.Pointer) ? "#" : error.Pointer, error.Message);
        }

        foreach (var warning in diagnostic.Warnings.Where(w => w.Message.Contains("does not point to an existing", StringComparison.Ordinal)))
        {
            Error(DiagnosticIds.BrokenOpenApiReference, warning.Pointer ?? "#", warning.Message);
        }
    }

    /// <summary>
    /// A parse failure. For JSON the description reader's parser gives the exact line and column; YAML messages carry
    /// theirs ("at line 11, column 1").
    /// </summary>
    private void SyntaxError(string readerMessage)
    {
        if (IsJson)
        {
            var parsed = JsonParser.Parse(_text, FilePath);
            var first = parsed.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
            if (first is not null)
            {
                Errors.Add(first with { Id = DiagnosticIds.OpenApiSyntax, Message = "Not valid JSON: " + first.Message });
                return;
            }
        }

        var match = YamlPosition().Match(readerMessage);
        var span = match.Success
            ? new SourceSpan(0, 0, int.Parse(match.Groups[1].Value) - 1, int.Parse(match.Groups[2].Value) - 1, int.Parse(match.Groups[1].Value) - 1, int.Parse(match.Groups[2].Value) - 1)
            : default;
        Errors.Add(new DiagnosticInfo(DiagnosticIds.OpenApiSyntax, Severity.Error, "Cannot read the file: " + readerMessage, FilePath, span));
    }

    [GeneratedRegex(@"at line (\d+), column (\d+)")]
    private static partial Regex YamlPosition();
}
