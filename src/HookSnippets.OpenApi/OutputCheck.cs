using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi;

/// <summary>
/// Writes the description and reads it back with <see cref="DescriptionReader.Read(string, string)"/>. Examples and
/// defaults copied from the OpenAPI file that do not match their schema (HS1012) are replaced by built ones or
/// dropped; an operation with another error is left out, a type with one becomes any value; each is reported. Only
/// an error outside operations and types (the base URL, say) fails the import (HS6006): the importer is wrong there,
/// and no file is better than an invalid one.
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

    public static ImportResult Finish(ApiDescription description, ImportReport report, IReadOnlyList<DiagnosticInfo> warnings, string filePath, int inFile)
    {
        JsonNode tree = DescriptionWriter.Write(description);
        for (var round = 0; ; round++)
        {
            var text = DescriptionWriter.ToText((JsonObject)tree);
            var result = DescriptionReader.Read(text, OutputName);
            if (!result.HasErrors)
            {
                return new ImportResult(text, result.Description, report.Notes, warnings, inFile);
            }

            var parsed = JsonParser.Parse(text, OutputName).Root!;
            var repaired = false;
            foreach (var error in result.Diagnostics.Where(d => d.Severity == Severity.Error).Reverse())
            {
                var path = JsonTreeEdit.PathAt(parsed, error.Span.Start);
                if (path is ["operations", var id, ..] && ((JsonObject)parsed)["operations"] is JsonObject operations && operations[id] is null)
                {
                    // Its operation was left out for an earlier error of this round.
                    continue;
                }

                repaired |= (error.Id == DiagnosticIds.ExampleMismatch && Repair(ref parsed, path, error, report))
                    || LeaveOut(ref parsed, path, error, report);
            }

            if (((JsonObject)parsed)["operations"] is JsonObject { Members.Count: 0 })
            {
                return OpenApiImporter.Failed([new DiagnosticInfo(DiagnosticIds.NoOperationToImport, Severity.Error, "No operation to import: none of them gives a valid description (see the notes).", filePath, default), .. warnings], report.Notes, inFile);
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

    /// <summary>An operation with an error the importer cannot repair is left out; a type with one accepts any value.</summary>
    private static bool LeaveOut(ref JsonNode tree, List<string> path, DiagnosticInfo error, ImportReport report)
    {
        var message = $"{error.Id}: {error.Message}";
        switch (path)
        {
            case ["operations", var id, ..]:
                tree = JsonTreeEdit.Replace(tree, ["operations", id], 0, null);
                report.Add(JsonPointer.Append(OutputName + "#/operations", id), "operation not imported: its description does not validate (" + message + ")");
                return true;
            case ["types", var name, ..]:
                tree = JsonTreeEdit.Replace(tree, ["types", name], 0, new JsonObject(EquatableArray<JsonMember>.Empty, default));
                report.Add(JsonPointer.Append(OutputName + "#/types", name), "type imported as any value: its schema does not validate (" + message + ")");
                return true;
            default:
                return false;
        }
    }

    /// <summary>An example or default copied from the file inside a schema that does not match it is dropped.</summary>
    private static bool Repair(ref JsonNode tree, List<string> path, DiagnosticInfo error, ImportReport report)
    {
        var keyword = KeywordIndex(path);
        if (keyword < 0)
        {
            return false;
        }

        var target = path.Take(keyword + 1).ToList();
        tree = JsonTreeEdit.Replace(tree, target, 0, null);
        report.Add(OutputName + "#/" + string.Join("/", target.Select(JsonPointer.Escape)), "example or default does not match its schema (" + error.Message + "); not imported");
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
}
