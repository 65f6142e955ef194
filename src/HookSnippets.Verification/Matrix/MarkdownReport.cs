using System.Text;

namespace HookSnippets.Verification.Matrix;

/// <summary>The <c>--report FILE.md</c> document: toolchain versions, the matrix operation × target, and every failure with its diff.</summary>
public static class MarkdownReport
{
    /// <param name="report">The run's report.</param>
    /// <param name="description">The description file, named in the title when a run verified several.</param>
    public static string Write(VerifyReport report, string? description = null)
    {
        var text = new StringBuilder();
        text.Append("# Request sample verification").Append(description is null ? "" : $" of `{description}`").Append("\n\n");
        text.Append(ResultMatrix.Totals(report)).Append(".\n\n");
        text.Append("Every sample was run in its own toolchain against a local HTTPS recording server and its request compared with the operation's expected request. ");
        text.Append("Ignored headers (added by runtimes): ").Append(string.Join(", ", IgnoredHeaders.Listed.Order(StringComparer.OrdinalIgnoreCase).Append("sec-fetch-*").Select(h => "`" + h + "`"))).Append(".\n\n");

        text.Append("## Toolchains\n\n| Toolchain | Version |\n|---|---|\n");
        foreach (var toolchain in report.Toolchains)
        {
            text.Append("| ").Append(Cell(toolchain.Name)).Append(" | ")
                .Append(Cell(toolchain.Available ? toolchain.Version! : "not found: " + toolchain.Problem)).Append(" |\n");
        }

        text.Append("\n## Results\n\n| Operation |");
        foreach (var target in report.Targets)
        {
            text.Append(' ').Append(Cell(target.Id)).Append(" |");
        }

        text.Append("\n|---|").Append(string.Concat(report.Targets.Select(_ => "---|"))).Append('\n');
        foreach (var operation in report.Operations)
        {
            text.Append("| `").Append(operation).Append("` |");
            foreach (var target in report.Targets)
            {
                text.Append(' ').Append(ResultMatrix.Label(report.Find(operation, target.Id)!.Outcome)).Append(" |");
            }

            text.Append('\n');
        }

        var skipped = ResultMatrix.Skipped(report).ToArray();
        if (skipped.Length > 0)
        {
            text.Append("\n## Skipped\n\n");
            foreach (var (target, reason, count) in skipped)
            {
                text.Append("- `").Append(target).Append("` (").Append(count).Append(" samples): ").Append(Cell(reason)).Append('\n');
            }
        }

        var unsupported = report.Results.Where(r => r.Outcome == SampleOutcome.NotSupported).ToArray();
        if (unsupported.Length > 0)
        {
            text.Append("\n## Not supported\n\n");
            foreach (var result in unsupported)
            {
                text.Append("- `").Append(result.OperationId).Append("` / `").Append(result.TargetId).Append("`: ").Append(Cell(string.Join("; ", result.Differences))).Append('\n');
            }
        }

        var failures = report.Results.Where(r => r.Outcome == SampleOutcome.Fail).ToArray();
        if (failures.Length > 0)
        {
            text.Append("\n## Failures\n");
            foreach (var result in failures)
            {
                text.Append("\n### ").Append(ResultMatrix.Label(result.Outcome)).Append(": `").Append(result.OperationId).Append("` / `").Append(result.TargetId).Append("`\n\n");
                foreach (var difference in result.Differences)
                {
                    text.Append("- ").Append(Cell(difference)).Append('\n');
                }

                var diff = ResultMatrix.Diff(result);
                if (diff.Length > 0)
                {
                    text.Append("\n```diff\n").Append(diff).Append("```\n");
                }

                if (result.Log.Length > 0)
                {
                    text.Append("\nOutput:\n\n````text\n").Append(ResultMatrix.Shorten(result.Log)).Append("\n````\n");
                }
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
