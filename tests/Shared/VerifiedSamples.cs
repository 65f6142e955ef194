using HookSnippets.Description.Model;
using HookSnippets.Snippets.Requests;
using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Tests.Shared;

/// <summary>What a verify run of shipped targets must show, for every target its pack lists.</summary>
internal static class VerifiedSamples
{
    /// <summary>
    /// Every sample passed (parsed-only where its runner cannot run samples) and printed the status and then the body
    /// that the recording server answered (cURL prints the body first; wget, HTTPie and http-http11 the status line of
    /// the head they print), the status alone for HEAD. Targets that print a JSON answer parsed (<see cref="ParsedAnswers"/>)
    /// must print it as their language prints the parsed body. The csharp-client samples print the generated client's
    /// result instead: their request is all that is judged. Skips (fails under CI=true) when a toolchain was missing. A
    /// sample its target declares it cannot send (<c>n/a</c>) fails unless <paramref name="declaredLimitsChecked"/> says
    /// the caller has judged those already.
    /// </summary>
    public static void AssertEachPassedAndPrintedTheAnswer(VerifyReport report, ApiDescription api, bool declaredLimitsChecked = false)
    {
        var failures = new List<string>();
        foreach (var result in report.Results.Where(r => r.Outcome != SampleOutcome.Skipped && !(declaredLimitsChecked && r.Outcome == SampleOutcome.NotSupported)))
        {
            var target = report.Targets.Single(t => t.Id == result.TargetId);
            var expected = SampleRunners.Find(target.Runner)?.Executes == false ? SampleOutcome.ParsedOnly : SampleOutcome.Pass;
            if (result.Outcome != expected)
            {
                failures.Add($"{result.OperationId} / {result.TargetId}: {ResultMatrix.Label(result.Outcome)}, expected {ResultMatrix.Label(expected)}");
            }
            else if (expected == SampleOutcome.Pass && target.Id != "csharp-client")
            {
                var operation = api.Operations.Single(o => o.Id == result.OperationId.Split('#')[0]);
                var answer = SuccessResponses.For(api, operation);
                var status = answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                // axios prints the answer it parsed: a JSON string shows without its quotes.
                var body = operation.Method == "HEAD" ? null : target.Id == "node-axios" ? AsAxiosPrintsIt(answer.Body) : answer.Body;
                var lines = result.Log.Split('\n', StringSplitOptions.TrimEntries);
                if (body is not null && ParsedAnswers.Parses(target.Id) && SampleResponse.For(operation).IsJson)
                {
                    // The body parsed and printed as the language prints it, every line of it, after the status.
                    var parsed = ParsedAnswers.Lines(target.Id, body);
                    if (!lines.Skip(1).Take(parsed.Length).SequenceEqual(parsed) || lines[0] != status)
                    {
                        failures.Add($"{result.OperationId} / {result.TargetId}: expected the output {status} and {body} parsed, printed as\n{string.Join('\n', parsed)}\nprinted:\n{result.Log}");
                    }

                    continue;
                }

                var printed = PrintsResponseHead(target.Runner)
                    ? lines.Any(l => l.StartsWith("HTTP/1.1 " + status + " ", StringComparison.Ordinal)) && (body is null || lines.Contains(body))
                    : body is null
                        ? lines[0] == status
                        : (lines[0] == status && lines.Length > 1 && lines[1] == body) || (lines[0] == body && lines.Length > 1 && lines[1] == status);
                if (!printed)
                {
                    failures.Add($"{result.OperationId} / {result.TargetId}: expected the output {status} and {body ?? "no body"}, printed:\n{result.Log}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\n" + ResultMatrix.Write(report));
        var skipped = ResultMatrix.Skipped(report).Select(s => $"{s.Target}: {s.Reason}").ToArray();
        Toolchain.SkipUnlessCi(skipped.Length > 0, "missing toolchains or templates (run scripts/install-toolchains.sh):\n" + string.Join("\n", skipped));
    }

    /// <summary>
    /// Clients whose users read the status as the response's status line (<c>HTTP/1.1 200 OK</c>) among its headers:
    /// wget's <c>--server-response</c> (on stderr, the body on stdout), HTTPie's terminal output (<c>--print=hb</c>) and
    /// the response verify reads for http-http11.
    /// </summary>
    public static bool PrintsResponseHead(string? runner) => runner is "wget" or "httpie" or "http";

    private static string? AsAxiosPrintsIt(string? body) =>
        body is ['"', .., '"'] ? System.Text.Json.JsonSerializer.Deserialize<string>(body) : body;
}
