using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using Xunit.Abstractions;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// The harness can fail: the Auth0 page's broken samples (kept as fixture templates) and deliberately wrong renders go
/// through the same runners, and each is reported as a failure whose diff names the difference; inside a batch (a host
/// running many samples) each failure stays with its own sample.
/// </summary>
[Collection(ConformanceSuite.Name)]
public sealed class NegativeControlTests(ITestOutputHelper output)
{
    private const string Operation = "hooks.secrets.create";

    [SkippableFact]
    public void The_original_pages_broken_samples_fail()
    {
        var report = Verification.Run(
            Repository.ShippedDescription,
            output,
            ["shell-curl", "python-httpclient", "ruby-nethttp", "swift-urlsession"],
            [Operation],
            Repository.Fixture("broken"));
        Verification.SkipUnlessComplete(report);

        var curl = Failure(report, "shell-curl");
        Assert.Contains(curl.Differences, d => d.StartsWith("body: not valid JSON (", StringComparison.Ordinal) && d.EndsWith("{ [ \"HOOK_SECRET_KEY\", \"HOOK_SECRET_VALUE\" ] }", StringComparison.Ordinal));
        // Header names compare case-insensitively: over HTTP/2 the server reports them in its own spelling.
        Assert.Contains(curl.Differences, d => d.Equals("header cache-control: not expected, received \"no-cache\"", StringComparison.OrdinalIgnoreCase));

        // HTTPSConnection("") has no host to connect to: nothing arrives, and the process fails.
        var python = Failure(report, "python-httpclient");
        Assert.Contains("no request was received (expected exactly one)", python.Differences);
        Assert.Contains(python.Differences, d => d.StartsWith("exited with code ", StringComparison.Ordinal));

        var ruby = Failure(report, "ruby-nethttp");
        Assert.Contains(ruby.Differences, d => d.StartsWith("body: not valid JSON (", StringComparison.Ordinal));
        Assert.Contains(ruby.Differences, d => d.Equals("header cache-control: not expected, received \"no-cache\"", StringComparison.OrdinalIgnoreCase));

        var swift = Failure(report, "swift-urlsession");
        Assert.StartsWith("tree-sitter-swift found syntax errors: swift-urlsession.swift:9:", Assert.Single(swift.Differences));
    }

    [SkippableFact]
    public void A_dropped_header_is_named_in_the_diff()
    {
        var failure = WrongRender("header-dropped");
        Assert.Equal(["header Authorization: missing (expected \"Bearer MGMT_API_ACCESS_TOKEN\")"], failure.Differences);
        Assert.Contains("\n  -Authorization: Bearer MGMT_API_ACCESS_TOKEN\n", ResultMatrix.Diff(failure).Insert(0, "\n"));
    }

    [SkippableFact]
    public void A_changed_body_member_is_named_in_the_diff()
    {
        var failure = WrongRender("body-changed");
        Assert.EndsWith("; at $.HOOK_SECRET_KEY: expected \"HOOK_SECRET_VALUE\", received \"CHANGED_VALUE\"", Assert.Single(failure.Differences));
        var diff = ResultMatrix.Diff(failure);
        Assert.Contains("  -  \"HOOK_SECRET_KEY\": \"HOOK_SECRET_VALUE\"\n", diff);
        Assert.Contains("  +  \"HOOK_SECRET_KEY\": \"CHANGED_VALUE\"\n", diff);
    }

    [SkippableFact]
    public void A_second_request_is_a_failure()
    {
        var failure = WrongRender("second-request");
        Assert.StartsWith("2 requests were received (expected exactly one): POST /api/v2/hooks/HOOK_ID/secrets, POST ", Assert.Single(failure.Differences));
        Assert.Equal(2, failure.Requests.Count);
    }

    [SkippableFact]
    public void A_hung_sample_is_killed_at_its_timeout_and_fails()
    {
        var started = DateTime.UtcNow;
        var failure = WrongRender("hangs", TimeSpan.FromSeconds(3));
        Assert.Equal(["timed out: still running after 3 s (killed)", "no request was received (expected exactly one)"], failure.Differences);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(120));
    }

    /// <summary>
    /// Fixtures/misbehaving/ holds a template for each runner that runs samples inside a host (a forked interpreter,
    /// a JVM, a .NET host, a Node process): per operation, one sample changes the body, one drops a header, one sends
    /// two requests, one hangs, one exits 3 (through the host, for the JVM, .NET and Node) after a correct request,
    /// and the other four are correct. Each fails with exactly its own difference and the correct ones pass, whichever
    /// host ran them and whatever that host ran before.
    /// </summary>
    [SkippableFact]
    public void Misbehaving_samples_fail_alone_inside_a_batch()
    {
        string[] targets = ["python-requests", "ruby-nethttp", "java-httpclient", "csharp-httpclient", "node-fetch"];
        var report = Verification.Run(Repository.ShippedDescription, output, targets, templates: Repository.Fixture("misbehaving"), timeout: TimeSpan.FromSeconds(10));
        Verification.SkipUnlessComplete(report);

        foreach (var target in targets)
        {
            SampleResult Result(string operation) => report.Find(operation, target)!;
            Assert.EndsWith("; at $.HOOK_SECRET_KEY: expected \"HOOK_SECRET_VALUE\", received \"CHANGED_VALUE\"", Assert.Single(Result(Operation).Differences));
            Assert.Equal(["header Authorization: missing (expected \"Bearer MGMT_API_ACCESS_TOKEN\")"], Result("hooks.get").Differences);
            Assert.StartsWith("2 requests were received (expected exactly one): GET /api/v2/hooks?page=0&per_page=50&include_totals=true, GET /api/v2/hooks?", Assert.Single(Result("hooks.list").Differences));
            Assert.Equal(["timed out: still running after 10 s (killed)", "no request was received (expected exactly one)"], Result("hooks.delete").Differences);
            Assert.Equal(["exited with code 3"], Result("hooks.update").Differences);
            foreach (var operation in new[] { "hooks.create", "hooks.secrets.get", "hooks.secrets.update", "hooks.secrets.delete" })
            {
                Assert.True(Result(operation).Outcome == SampleOutcome.Pass, $"{operation} / {target}: {string.Join("; ", Result(operation).Differences)}\n{Result(operation).Log}");
            }
        }
    }

    private SampleResult WrongRender(string name, TimeSpan? timeout = null)
    {
        var report = Verification.Run(Repository.ShippedDescription, output, ["shell-curl"], [Operation], Repository.Fixture("wrong", name), timeout);
        Verification.SkipUnlessComplete(report);
        Assert.False(report.Succeeded);
        return Failure(report, "shell-curl");
    }

    private static SampleResult Failure(VerifyReport report, string target)
    {
        var result = report.Find(Operation, target)!;
        Assert.Equal(SampleOutcome.Fail, result.Outcome);
        return result;
    }
}
