using HookSnippets.Description;
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
/// <see cref="GeneratedClientTests"/>). A missing toolchain skips its samples, except under CI=true.
/// </summary>
public sealed class VerifySampleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Twenty_imported_operations_verify_on_every_target()
    {
        var imported = OpenApiImporter.ImportFile(TestFiles.ManagementOpenApi, ImportOptions.All);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors.Take(20)));
        var sample = Reduce(imported.Description!, imported.Description!.Operations.Where((_, i) => i % 23 == 0).Take(20).ToList());
        Assert.Equal(20, sample.Operations.Count);

        var folder = Directory.CreateTempSubdirectory("hooksnippets-import-verify-").FullName;
        try
        {
            var path = Path.Combine(folder, "endpoints.json");
            await File.WriteAllTextAsync(path, DescriptionWriter.ToText(DescriptionWriter.Write(sample)));
            var read = DescriptionReader.Read(await File.ReadAllTextAsync(path), path);
            Assert.Empty(read.Diagnostics);

            var tools = Path.Combine(TestFiles.RepositoryRoot, "tools");
            var report = await Verifier.RunAsync(
                new VerifyOptions
                {
                    Api = read.Description!,
                    DescriptionPath = path,
                    ToolsDirectory = Directory.Exists(tools) ? tools : null,
                    SampleTimeout = TimeSpan.FromSeconds(120),
                    Ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                },
                new SilentProgress());
            output.WriteLine(ResultMatrix.Totals(report));

            var failed = report.Results.Where(r => r.Outcome == SampleOutcome.Fail).ToList();
            Assert.True(failed.Count == 0 && (!report.Ci || report.Results.All(r => r.Outcome != SampleOutcome.Skipped)), MarkdownReport.Write(report));
            Assert.Contains(report.Results, r => r.Outcome == SampleOutcome.Pass);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The description with only <paramref name="operations"/> and the types they reach.</summary>
    private static ApiDescription Reduce(ApiDescription api, List<Operation> operations)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Schema>(operations.SelectMany(o =>
            o.Parameters.Select(p => p.Schema)
                .Concat(o.Body is { } body ? [body.Schema] : [])
                .Concat(o.Responses.Select(r => r.Schema).OfType<Schema>())));
        while (pending.TryPop(out var schema))
        {
            if (schema.RefName is { } name && used.Add(name))
            {
                pending.Push(api.FindType(name)!);
            }

            foreach (var child in schema.Properties.Select(p => p.Schema).Concat(schema.AllOf).Concat(schema.OneOf).Concat(schema.AnyOf)
                .Concat(new[] { schema.Items, schema.AdditionalProperties }.OfType<Schema>()))
            {
                pending.Push(child);
            }
        }

        return api with
        {
            Operations = operations.ToEquatableArray(),
            Types = api.Types.Where(t => used.Contains(t.Name)).ToEquatableArray(),
        };
    }
}
