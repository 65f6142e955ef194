using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.OpenApi.Sources;

namespace HookSnippets.OpenApi.CodeSamples;

/// <summary>
/// The OpenAPI file with our samples in each operation's <c>x-codeSamples</c>, and the Overlay that adds the same
/// samples to the untouched file; or the diagnostics that stopped it (then both texts are null).
/// </summary>
public sealed record CodeSamplesResult(string? Document, string? Overlay, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Writes samples into an OpenAPI file (Swagger 2.0, OpenAPI 3.0 or 3.1; JSON or YAML) as <c>x-codeSamples</c> entries
/// (<c>lang</c>, <c>label</c>, <c>source</c>). The file is never serialised again: only each operation's samples list
/// is inserted or replaced in the original text, so every other byte stays. Entries whose (lang, label) is not one of
/// <c>ours</c> are kept, first and as written; ours are replaced, so a second run gives the same bytes. An operation
/// that already uses the <c>x-code-samples</c> spelling keeps it (Scalar reads only the first key it finds).
/// </summary>
public static class CodeSamplesWriter
{
    public const string Key = "x-codeSamples";

    public const string OlderKey = "x-code-samples";

    /// <param name="text">The OpenAPI file's text.</param>
    /// <param name="openApiPath">Its path, as diagnostics name it; a <c>.json</c> name (or text starting with <c>{</c>) is read as JSON.</param>
    /// <param name="descriptionPath">The description's path, where an operation that is not found is located.</param>
    /// <param name="ours">(lang, label) of every target: the entries a run of ours may have written.</param>
    public static CodeSamplesResult Write(string text, string openApiPath, string descriptionPath, IReadOnlyList<OperationSamples> operations, IReadOnlyCollection<(string Lang, string Label)> ours)
    {
        // The readers count offsets after a byte order mark; it is put back in front of the result.
        var bom = text.StartsWith('\uFEFF') ? "\uFEFF" : string.Empty;
        var body = text[bom.Length..];
        if (Utf8Text.LoneSurrogate(body, openApiPath) is { } surrogate)
        {
            return Failed(surrogate);
        }

        var read = SourceFiles.Parse(body, Path.GetFullPath(openApiPath), openApiPath);
        if (read.File is null)
        {
            return Failed(read.Error!);
        }

        var json = SourceFiles.IsJson(body, openApiPath);
        var newline = body.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var index = new OpenApiOperations(read.File.Root);
        var diagnostics = new List<DiagnosticInfo>();
        var found = new List<(OpenApiOperation Operation, string Key, IReadOnlyList<CodeSample> Samples)>();
        var edits = new List<TextEdit>();
        foreach (var samples in Merge(operations, index, descriptionPath, openApiPath, diagnostics))
        {
            var (operation, list) = samples;
            var existing = operation.Node.Find(Key) ?? operation.Node.Find(OlderKey);
            var entries = existing?.Value as JsonArray;
            if (existing is not null && entries is null)
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.InvalidCodeSamples,
                    Severity.Error,
                    $"'{existing.Name}' of {operation.MethodKey.ToUpperInvariant()} {operation.PathKey} is not a list of samples; make it a list (or remove it) so that samples can be added",
                    openApiPath,
                    existing.Value.Span));
                continue;
            }

            var key = existing?.Name ?? Key;
            var items = entries?.Items ?? EquatableArray<JsonNode>.Empty;
            var foreign = items.Where(item => !IsOurs(item, ours)).ToList();
            var replaced = items.Where(item => IsOurs(item, ours)).ToList();
            found.Add((operation, key, list));
            if (json)
            {
                edits.Add(JsonSampleEdits.Edit(body, operation.Node, existing, key, foreign, list, newline));
            }
            else
            {
                edits.AddRange(YamlSampleEdits.Edit(body, operation.Node, existing, key, foreign, replaced, list, newline));
            }
        }

        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new CodeSamplesResult(null, null, diagnostics.ToEquatableArray());
        }

        var document = bom + TextEdit.Apply(body, edits);
        return new CodeSamplesResult(document, OverlayWriter.Write(read.File.Root, found, ours), diagnostics.ToEquatableArray());
    }

    /// <summary>Each OpenAPI operation once, with the samples of every description operation that names it, in the file's order.</summary>
    private static IEnumerable<(OpenApiOperation Operation, IReadOnlyList<CodeSample> Samples)> Merge(
        IReadOnlyList<OperationSamples> operations, OpenApiOperations index, string descriptionPath, string openApiPath, List<DiagnosticInfo> diagnostics)
    {
        var merged = new Dictionary<OpenApiOperation, List<CodeSample>>(ReferenceEqualityComparer.Instance);
        foreach (var operation in operations.Where(o => o.Samples.Count > 0))
        {
            var source = operation.Source;
            var match = index.Find(source?.OperationId, source?.Method ?? operation.Method, source?.Path ?? operation.Path);
            if (match is null)
            {
                diagnostics.Add(NotFound(operation, descriptionPath, openApiPath));
                continue;
            }

            if (!merged.TryGetValue(match, out var samples))
            {
                merged[match] = samples = [];
            }

            samples.AddRange(operation.Samples.Where(s => !samples.Any(t => t.Lang == s.Lang && t.Label == s.Label)).ToList());
        }

        return merged.OrderBy(m => m.Key.Node.Span.Start).Select(m => (m.Key, (IReadOnlyList<CodeSample>)m.Value));
    }

    private static DiagnosticInfo NotFound(OperationSamples operation, string descriptionPath, string openApiPath)
    {
        var file = Path.GetFileName(openApiPath);
        if (operation.Source is { } source)
        {
            var byId = source.OperationId is null ? string.Empty : $"no operation has the operationId '{source.OperationId}', and ";
            return new DiagnosticInfo(
                DiagnosticIds.OperationNotInOpenApi,
                Severity.Error,
                $"operation '{operation.Id}' is not in {file}: {byId}there is no {source.Method} '{source.Path}'",
                descriptionPath,
                source.Span);
        }

        return new DiagnosticInfo(
            DiagnosticIds.OperationNotInOpenApi,
            Severity.Warning,
            $"operation '{operation.Id}' has no source and {file} has no {operation.Method} '{operation.Path}': no x-codeSamples written for it",
            descriptionPath,
            default);
    }

    private static bool IsOurs(JsonNode item, IReadOnlyCollection<(string Lang, string Label)> ours) =>
        item is JsonObject entry && entry["lang"] is JsonString lang && entry["label"] is JsonString label && ours.Contains((lang.Value, label.Value));

    private static CodeSamplesResult Failed(DiagnosticInfo error) => new(null, null, new[] { error }.ToEquatableArray());
}
