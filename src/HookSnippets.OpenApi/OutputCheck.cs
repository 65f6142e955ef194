using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi;

/// <summary>
/// Writes the description and reads it back with <see cref="DescriptionReader.Read"/>. Examples and defaults copied
/// from the OpenAPI file that do not match their schema (HS1012) are replaced by built ones or dropped, and reported;
/// any other error means the importer is wrong, so the import fails with the validator's diagnostics rather than
/// writing an invalid file.
/// </summary>
internal static class OutputCheck
{
    private const string OutputName = "endpoints.json";
    private const int MaxRounds = 6;

    // Objects keyed by names of the user's choice: the member after one of these is a name, never a keyword.
    private static readonly HashSet<string> NameKeyed = new(StringComparer.Ordinal)
    {
        "types", "operations", "parameters", "properties", "variables", "responses", "errors", "placeholders",
    };

    public static ImportResult Finish(ApiDescription description, IReadOnlyDictionary<string, RequestBody> fallbackBodies, ImportReport report, string filePath, int inFile)
    {
        JsonNode tree = DescriptionWriter.Write(description);
        for (var round = 0; ; round++)
        {
            var text = DescriptionWriter.ToText((JsonObject)tree);
            var result = DescriptionReader.Read(text, OutputName);
            if (!result.HasErrors)
            {
                return new ImportResult(text, result.Description, report.Notes, [], inFile);
            }

            var parsed = JsonParser.Parse(text, OutputName).Root!;
            var repaired = false;
            foreach (var error in result.Diagnostics.Where(d => d.Severity == Severity.Error && d.Id == DiagnosticIds.ExampleMismatch).Reverse())
            {
                repaired |= Repair(ref parsed, JsonTreeEdit.PathAt(parsed, error.Span.Start), error, fallbackBodies, report);
            }

            if (!repaired || round == MaxRounds)
            {
                var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error)
                    .Select(d => d with { Id = DiagnosticIds.InvalidImportResult, Message = $"the generated description does not validate ({d.Id} at {OutputName}({d.Span.StartLine + 1},{d.Span.StartColumn + 1})): {d.Message}", FilePath = filePath, Span = default })
                    .ToList();
                return OpenApiImporter.Failed(errors, report.Notes, inFile);
            }

            tree = parsed;
        }
    }

    private static bool Repair(ref JsonNode tree, List<string> path, DiagnosticInfo error, IReadOnlyDictionary<string, RequestBody> fallbackBodies, ImportReport report)
    {
        var keyword = KeywordIndex(path);
        if (keyword < 0)
        {
            return false;
        }

        var target = path.Take(keyword + 1).ToList();
        var pointer = OutputName + "#/" + string.Join("/", target.Select(t => t.Replace("~", "~0").Replace("/", "~1")));
        if (target is ["operations", var id, "body", "example"])
        {
            if (fallbackBodies.TryGetValue(id, out var fallback) && fallback.Example is { } built)
            {
                tree = JsonTreeEdit.Replace(tree, target, 0, built);
                if (fallback.Placeholders.Count > 0)
                {
                    var placeholders = new JsonObject(fallback.Placeholders.Select(p => new JsonMember(p.Value, default, new JsonString(p.Description, default))).ToEquatableArray(), default);
                    tree = JsonTreeEdit.Replace(tree, ["operations", id, "body", "placeholders"], 0, null);
                    tree = AddMember(tree, ["operations", id, "body"], "placeholders", placeholders);
                }

                report.Add(pointer, "the file's body example does not match its schema (" + error.Message + "); a built example is used");
                return true;
            }
        }
        else if (target is ["operations", var operationId, "parameters", _, "example"] && IsPathParameter(tree, target))
        {
            tree = JsonTreeEdit.Replace(tree, ["operations", operationId], 0, null);
            report.Add(pointer, "operation not imported: its path parameter example does not match the schema (" + error.Message + ")");
            return true;
        }

        tree = JsonTreeEdit.Replace(tree, target, 0, null);
        report.Add(pointer, "example or default does not match its schema (" + error.Message + "); not imported");
        return true;
    }

    private static int KeywordIndex(List<string> path)
    {
        var nextIsName = false;
        for (var i = 0; i < path.Count; i++)
        {
            if (nextIsName)
            {
                nextIsName = false;
                continue;
            }

            if (path[i] is "example" or "default")
            {
                return i;
            }

            nextIsName = NameKeyed.Contains(path[i]);
        }

        return -1;
    }

    private static bool IsPathParameter(JsonNode tree, List<string> examplePath)
    {
        JsonNode? node = tree;
        foreach (var token in examplePath.Take(examplePath.Count - 1))
        {
            node = (node as JsonObject)?[token];
        }

        return node is JsonObject parameter && parameter["in"] is JsonString { Value: "path" };
    }

    private static JsonNode AddMember(JsonNode tree, IReadOnlyList<string> objectPath, string name, JsonNode value)
    {
        JsonNode? node = tree;
        foreach (var token in objectPath)
        {
            node = (node as JsonObject)?[token];
        }

        var obj = (JsonObject)node!;
        var updated = obj with { Members = obj.Members.Append(new JsonMember(name, default, value)).ToEquatableArray() };
        return JsonTreeEdit.Replace(tree, objectPath, 0, updated);
    }
}
