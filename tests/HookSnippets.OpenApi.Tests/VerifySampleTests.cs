using HookSnippets.Description.Model;
using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using Xunit.Abstractions;

namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// <c>verify</c> on a fixed sample of 20 operations of the imported Management API (every 23rd, in file order), for
/// every target: each sample runs in its real toolchain against the recording server and must send exactly the
/// expected request. The description verified holds those 20 operations and the types they use, so the csharp-client
/// samples compile against a client of that size (the whole client's compilation is covered by
/// <see cref="GeneratedClientTests"/>). A missing toolchain skips its samples, except under CI=true. It runs in one
/// verify run with the corpus files (<see cref="SharedVerifyRun"/>).
/// </summary>
public sealed class VerifySampleTests(ITestOutputHelper output)
{
    /// <summary>This description's key in <see cref="SharedVerifyRun"/>.</summary>
    public const string Key = "auth0/auth0-management-api-oas.json";

    public static ApiDescription Import()
    {
        var imported = OpenApiImporter.ImportFile(TestFiles.ManagementOpenApi, ImportOptions.All);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors.Take(20)));
        return imported.Description!;
    }

    public static IReadOnlyList<Operation> VerifiedOperations(ApiDescription api) => [.. api.Operations.Where((_, i) => i % 23 == 0).Take(20)];

    [Fact]
    public async Task Twenty_imported_operations_verify_on_every_target()
    {
        var report = await SharedVerifyRun.ReportAsync(Key);
        output.WriteLine(ResultMatrix.Totals(report));

        Assert.Equal(20, report.Selection!.Operations.Count);
        var failed = report.Results.Where(r => r.Outcome == SampleOutcome.Fail).ToList();
        Assert.True(failed.Count == 0 && (!report.Ci || report.Results.All(r => r.Outcome != SampleOutcome.Skipped)), MarkdownReport.Write(report));
        Assert.Contains(report.Results, r => r.Outcome == SampleOutcome.Pass);
    }
}
