using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Verification;

namespace HookSnippets.Snippets.Tests.Execution;

/// <summary>
/// What a sample run must show. Everything verify's <see cref="ExpectedRequestComparer"/> checks (one request, the
/// method, the body parsed as UTF-8 JSON and deeply equal to the example, no header beyond the expected ones and
/// <see cref="IgnoredHeaders"/>), and more, because the shipped templates must be exact where verify is lenient
/// with other people's templates: the raw request target byte for byte (no unreserved character decoded), every
/// expected header exactly once with exactly its value (no charset added to Content-Type), its name as written on
/// HTTP/1 (HTTP/2 lower-cases every name), exit code 0, and the output 200 then the response body <c>{}</c>.
/// </summary>
internal static class SentRequestJudge
{
    public static IReadOnlyList<string> Problems(RenderedSample sample, ProcessOutcome outcome, IReadOnlyList<RecordedRequest> recorded)
    {
        var problems = new List<string>();
        if (outcome.TimedOut || outcome.ExitCode != 0)
        {
            problems.Add(outcome.TimedOut ? "timed out" : $"exited with code {outcome.ExitCode}");
        }

        var lines = outcome.Output.Split('\n', StringSplitOptions.TrimEntries);
        var bodyExpected = sample.Model.Request.Method != "HEAD";
        if (lines[0] != "200" || (bodyExpected && !outcome.Output.Contains("{}", StringComparison.Ordinal)))
        {
            problems.Add(bodyExpected ? "expected the output 200 then the response body {}" : "expected the output 200");
        }

        var expected = sample.Model.Expected;
        problems.AddRange(ExpectedRequestComparer.Compare(expected, recorded));
        if (recorded.Count == 0)
        {
            return problems;
        }

        var request = recorded[0];
        if (request.RawTarget != sample.Model.Request.PathAndQuery)
        {
            problems.Add($"request target {request.RawTarget}, expected exactly {sample.Model.Request.PathAndQuery}");
        }

        var names = request.Protocol.StartsWith("HTTP/1", StringComparison.Ordinal) ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        foreach (var header in expected.Headers)
        {
            var sent = request.Headers.Where(h => names.Equals(h.Key, header.Name)).Select(h => h.Value).ToArray();
            if (sent.Length != 1 || sent[0] != header.Value)
            {
                problems.Add($"header {header.Name}: sent [{string.Join(" | ", sent)}], expected exactly [{header.Value}] once");
            }
        }

        return problems;
    }
}
