using HookSnippets.Verification;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// The report rows a fixture expects targets to decline (their template calls <c>cannot_send</c>, or the generated
/// client lacks the feature: HS3008, HS3009; docs/templates.md says why): every declined row must be listed, every
/// listed row declined, each with its located diagnostic.
/// </summary>
internal static class KnownLimits
{
    public static void AssertExactly(VerifyReport report, IReadOnlyDictionary<string, string[]> limits)
    {
        var unsupported = report.Results.Where(r => r.Outcome == SampleOutcome.NotSupported).ToArray();
        var undeclared = unsupported.Where(r => !limits.GetValueOrDefault(r.TargetId, []).Contains(r.OperationId)).ToArray();
        Assert.True(undeclared.Length == 0, "not supported without being a known limit:\n" + string.Join("\n", undeclared.Select(r => $"{r.OperationId} / {r.TargetId}: {string.Join("; ", r.Differences)}")));
        var stale = limits.SelectMany(l => l.Value.Select(row => (Target: l.Key, Row: row)))
            .Where(l => !unsupported.Any(r => r.TargetId == l.Target && r.OperationId == l.Row))
            .ToArray();
        Assert.True(stale.Length == 0, "known limits that are not reported (remove them): " + string.Join(", ", stale.Select(s => $"{s.Row} / {s.Target}")));
        Assert.All(unsupported, r => Assert.Matches("^HS300[89]: ", r.Differences[0]));
    }
}
