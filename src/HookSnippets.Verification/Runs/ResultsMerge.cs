namespace HookSnippets.Verification.Runs;

/// <summary>
/// Joins the results files of the parts of one run (<c>verify --shard K/N</c>) into the report of the whole run: the
/// matrix in the selection's order, toolchains as each part found them, the duration of the longest part (the wall
/// time of a CI matrix whose parts run at once). Refuses files of another run (description, targets, operations or
/// number of parts differ), a part missing or given twice, and a sample in two files.
/// </summary>
public static class ResultsMerge
{
    /// <exception cref="ResultsFileException">A file cannot be read, or the files do not make one whole run.</exception>
    public static VerifyReport Merge(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            throw new ResultsFileException("no results files given");
        }

        var parts = paths.Select(path => (Path: path, Report: ResultsFile.Read(path))).ToArray();
        var (firstPath, first) = parts[0];
        var selection = first.Selection!;
        foreach (var (path, report) in parts.Skip(1).Where(p => !p.Report.Selection!.SameRunAs(selection)))
        {
            throw new ResultsFileException($"{path}: not a part of the run of {firstPath} (its description, targets, operations or number of parts differ)");
        }

        var count = selection.Shard?.Count ?? 1;
        var byPart = parts.GroupBy(p => p.Report.Selection!.Shard?.Index ?? 1).ToDictionary(g => g.Key, g => g.Select(p => p.Path).ToArray());
        foreach (var (index, files) in byPart.Where(p => p.Value.Length > 1).OrderBy(p => p.Key))
        {
            throw new ResultsFileException($"part {index}/{count} is given more than once: {string.Join(", ", files)}");
        }

        var missing = Enumerable.Range(1, count).Where(i => !byPart.ContainsKey(i)).ToArray();
        if (missing.Length > 0)
        {
            throw new ResultsFileException($"{string.Join(", ", missing.Select(i => $"part {i}/{count}"))} missing: the files given are parts {string.Join(", ", byPart.Keys.Order().Select(i => $"{i}/{count}"))}");
        }

        var results = new Dictionary<(string Operation, string Target), (SampleResult Result, string Path)>();
        foreach (var (path, report) in parts)
        {
            foreach (var result in report.Results)
            {
                if (results.TryGetValue((result.OperationId, result.TargetId), out var other))
                {
                    throw new ResultsFileException($"{result.OperationId} / {result.TargetId} is in {other.Path} and in {path}: parts overlap");
                }

                results[(result.OperationId, result.TargetId)] = (result, path);
            }
        }

        // A part's rows are its operations, each followed by its later example sets (operation#example).
        var rowsOf = parts.SelectMany(p => p.Report.Operations).Distinct().ToLookup(row => row.Split('#')[0], StringComparer.Ordinal);
        var rows = selection.Operations.SelectMany(operation => rowsOf[operation].DefaultIfEmpty(operation)).ToArray();
        var ordered = new List<SampleResult>();
        foreach (var row in rows)
        {
            foreach (var target in selection.Targets)
            {
                ordered.Add(results.TryGetValue((row, target), out var found)
                    ? found.Result
                    : throw new ResultsFileException($"{row} / {target} is in no part: the parts do not cover the run"));
            }
        }

        return new VerifyReport(
            rows,
            first.Targets,
            ordered,
            parts.SelectMany(p => p.Report.Toolchains).Distinct().ToArray(),
            parts.Max(p => p.Report.Duration),
            parts.Any(p => p.Report.Ci))
        {
            Selection = selection with { Shard = null },
        };
    }
}
