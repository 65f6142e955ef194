using System.Text;
using HookSnippets.Snippets.Output;

namespace HookSnippets.Verification.Matrix;

/// <summary>
/// The console report: a matrix with a row per target and a column per operation (numbered, with a legend, so it
/// fits a terminal), then every failure with its differences and a diff of expected against received, then totals.
/// </summary>
public static class ResultMatrix
{
    public static string Label(SampleOutcome outcome) => outcome switch
    {
        SampleOutcome.Pass => "pass",
        SampleOutcome.Fail => "FAIL",
        SampleOutcome.ParsedOnly => "parsed-only",
        SampleOutcome.NotSupported => "not supported",
        SampleOutcome.Unchanged => "unchanged",
        _ => "skipped",
    };

    private static string Cell(SampleOutcome outcome) => outcome switch
    {
        SampleOutcome.Pass => "pass",
        SampleOutcome.Fail => "FAIL",
        SampleOutcome.ParsedOnly => "parsed",
        SampleOutcome.NotSupported => "n/a",
        SampleOutcome.Unchanged => "same",
        _ => "skip",
    };

    public static string Write(VerifyReport report)
    {
        var text = new StringBuilder();
        var width = Math.Max(6, report.Targets.Select(t => t.Id.Length).DefaultIfEmpty(6).Max());
        text.Append("target".PadRight(width));
        for (var i = 0; i < report.Operations.Count; i++)
        {
            text.Append("  ").Append($"op{i + 1}".PadRight(6));
        }

        text.Append('\n');
        foreach (var target in report.Targets)
        {
            text.Append(target.Id.PadRight(width));
            foreach (var operation in report.Operations)
            {
                text.Append("  ").Append(Cell(report.Find(operation, target.Id)!.Outcome).PadRight(6));
            }

            text.Append('\n');
        }

        text.Append('\n');
        for (var i = 0; i < report.Operations.Count; i++)
        {
            text.Append($"op{i + 1} = {report.Operations[i]}\n");
        }

        foreach (var (target, reason, count) in Skipped(report))
        {
            text.Append($"\nskipped: {target} ({count} samples): {reason}\n");
        }

        foreach (var result in report.Results.Where(r => r.Outcome == SampleOutcome.NotSupported))
        {
            text.Append($"\nnot supported: {result.OperationId} / {result.TargetId}: {string.Join("; ", result.Differences)}\n");
        }

        foreach (var result in report.Results.Where(r => r.Outcome == SampleOutcome.Fail))
        {
            text.Append('\n').Append(Label(result.Outcome)).Append(": ").Append(result.OperationId).Append(" / ").Append(result.TargetId).Append('\n');
            foreach (var difference in result.Differences)
            {
                text.Append("  - ").Append(difference.ReplaceLineEndings("\n    ")).Append('\n');
            }

            text.Append(Diff(result));
            if (result.Log.Length > 0)
            {
                text.Append("  output:\n").Append(Indent(Shorten(result.Log), "    ")).Append('\n');
            }
        }

        text.Append('\n').Append(Totals(report)).Append('\n');
        return text.ToString();
    }

    /// <summary>Skipped samples grouped by target and reason (a missing toolchain or template skips a whole column).</summary>
    public static IEnumerable<(string Target, string Reason, int Count)> Skipped(VerifyReport report) =>
        report.Results
            .Where(r => r.Outcome == SampleOutcome.Skipped)
            .GroupBy(r => (r.TargetId, Reason: string.Join("; ", r.Differences)))
            .Select(g => (g.Key.TargetId, g.Key.Reason, g.Count()));

    /// <summary>A unified diff of the expected request against each received one (none when nothing arrived).</summary>
    public static string Diff(SampleResult result)
    {
        if (result.Expected is null || result.Requests.Count == 0)
        {
            return string.Empty;
        }

        var expected = RequestText.Expected(result.Expected);
        var text = new StringBuilder();
        for (var i = 0; i < result.Requests.Count; i++)
        {
            var received = RequestText.Received(result.Requests[i]);
            if (received != expected)
            {
                var name = result.Requests.Count == 1 ? "received" : $"received #{i + 1}";
                text.Append(Indent(UnifiedDiff.Create("expected", name, expected, received).TrimEnd('\n'), "  ")).Append('\n');
            }
        }

        return text.ToString();
    }

    public static string Totals(VerifyReport report)
    {
        var skipped = report.Count(SampleOutcome.Skipped);
        var unchanged = report.Count(SampleOutcome.Unchanged);
        return $"{report.Results.Count} samples: {report.Count(SampleOutcome.Pass)} passed, {report.Count(SampleOutcome.Fail)} failed, "
            + $"{report.Count(SampleOutcome.ParsedOnly)} parsed-only, {skipped} skipped{(report.Ci && skipped > 0 ? " (failures under CI=true)" : "")}"
            + (report.Count(SampleOutcome.NotSupported) is > 0 and var unsupported ? $", {unsupported} not supported (the target cannot send the request)" : "") + $"{(unchanged > 0 ? $", {unchanged} unchanged (not run again)" : "")} in {report.Duration.TotalSeconds:0.0} s";
    }

    /// <summary>The output a failure shows: its first 30 lines, so a long log does not bury the matrix.</summary>
    public static string Shorten(string log)
    {
        var lines = log.Split('\n');
        return lines.Length > 30 ? string.Join('\n', lines.Take(30)) + $"\n... ({lines.Length - 30} more lines)" : log;
    }

    private static string Indent(string text, string prefix) => prefix + text.ReplaceLineEndings("\n" + prefix);
}
