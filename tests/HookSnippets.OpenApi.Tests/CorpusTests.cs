using HookSnippets.Description;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Output;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using Xunit.Abstractions;

namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// Public OpenAPI files of other vendors (tests/fixtures/openapi/corpus), the Auth0 hooks file and the small files
/// written for what those lack (tests/fixtures/openapi/made) go through every stage: each imports with no error into
/// a description that validates with no error and holds no library marker; every imported operation renders for every
/// target; the generated client compiles with no warning; and <c>verify</c> passes on three fixed operations of each
/// (the first, the middle and the last imported). The whole Management API has its own tests.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    public static readonly IReadOnlyList<string> Files =
    [
        "corpus/oai-petstore-expanded.yaml",
        "corpus/redocly-museum.yaml",
        "corpus/twilio_messaging_v1.json",
        "auth0/auth0-hooks-openapi.json",
        "made/swagger2-shop.json",
        "made/multi-file/openapi.yaml",
        "made/discriminated-oneof.json",
        "made/path-keys.json",
        "made/nulls.yaml",
        "made/api-keys.yaml",
        "made/uploads.yaml",
        "made/named-examples.yaml",
        "made/swagger2-forms.json",
    ];

    private static readonly Dictionary<string, Lazy<ImportResult>> Imports = Files.ToDictionary(
        file => file,
        file => new Lazy<ImportResult>(() => OpenApiImporter.ImportFile(TestFiles.OpenApi(file), ImportOptions.All)));

    public static TheoryData<string> Specs => new(Files);

    /// <summary>The import of <paramref name="spec"/>, made once per test run.</summary>
    public static ImportResult Import(string spec) => Imports[spec].Value;

    /// <summary>The operations verify runs: the first, the middle and the last imported.</summary>
    public static IReadOnlyList<Operation> VerifiedOperations(ApiDescription api) =>
        [.. new[] { 0, api.Operations.Count / 2, api.Operations.Count - 1 }.Distinct().Select(i => api.Operations[i])];

    [Theory]
    [MemberData(nameof(Specs))]
    public void Imports_without_errors_into_a_description_that_validates(string spec)
    {
        var result = Imports[spec].Value;

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(DescriptionReader.Read(result.EndpointsJson!, "endpoints.json").Diagnostics, d => d.Severity == Description.Diagnostics.Severity.Error);
        Assert.DoesNotContain("openapi-json-null-sentinel", result.EndpointsJson, StringComparison.Ordinal);
        var left = result.Notes.Count(n => n.Reason.StartsWith("operation not imported", StringComparison.Ordinal));
        Assert.Equal(result.OperationsInFile, result.Description!.Operations.Count + left);
        Assert.All(result.Notes, n => Assert.NotNull(n.FilePath));
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_imported_operation_renders_for_every_target(string spec)
    {
        var api = Imports[spec].Value.Description!;

        var (errors, files) = DownstreamStages.Render(api);

        Assert.Empty(errors);
        Assert.NotNull(files);
        Assert.All(api.Operations, o => Assert.True(files.GetValueOrDefault(o.Id) >= DownstreamStages.Targets, $"{o.Id}: {files.GetValueOrDefault(o.Id)} files"));
    }

    /// <summary>
    /// An API with basic auth or API keys never gets a sample without its credentials: every sample of an operation
    /// that authenticates shows the placeholders of its first security alternative (the token or key, the username and
    /// the password) in every target.
    /// </summary>
    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_sample_of_an_authenticated_operation_shows_its_credential_placeholders(string spec)
    {
        var api = Imports[spec].Value.Description!;
        var files = SnippetSetRenderer.Render(api, "endpoints.json", TemplatePack.Embedded, RenderOptions.All).Files!;

        var missing = new List<string>();
        foreach (var operation in api.Operations)
        {
            if (api.SecurityOf(operation) is not [var first, ..])
            {
                continue;
            }

            var schemes = first.Schemes.Select(name => api.FindScheme(name)!).ToList();
            var placeholders = schemes.SelectMany(s => new[] { s.Example, s.Username, s.Password }).OfType<string>().ToArray();
            Assert.NotEmpty(placeholders);
            // The raw HTTP/1.1 message can only show what goes on the wire: basic credentials as Base64 of username:password.
            var onTheWire = schemes.Where(s => s.Username is not null && s.Password is not null)
                .Select(s => "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(s.Username + ":" + s.Password)))
                .ToArray();
            var samples = files.Paths.Where(p => p.StartsWith(operation.Id + "/", StringComparison.Ordinal)).ToList();
            Assert.True(samples.Count >= 1, $"{operation.Id}: no samples");
            missing.AddRange(samples.SelectMany(path => placeholders
                .Where(p => !files[path].Contains(p, StringComparison.Ordinal))
                .Where(p => !(path.EndsWith(".http", StringComparison.Ordinal) && onTheWire.Any(w => files[path].Contains(w, StringComparison.Ordinal))))
                .Select(p => $"{path}: {p}")));
        }

        Assert.True(missing.Count == 0, "samples without a credential:\n" + string.Join("\n", missing));
    }

    /// <summary>
    /// No error and no compiler warning. The generator may warn where the client shape exposes something in a weaker
    /// form (HS2xxx, a renamed C# name, say): that is the client's decision, not an import fault, so it is only shown.
    /// </summary>
    [Theory]
    [MemberData(nameof(Specs))]
    public void The_generated_client_compiles_without_errors_or_warnings(string spec)
    {
        var (generator, compiler, files) = DownstreamStages.CompileClient(Imports[spec].Value.EndpointsJson!);
        generator.ToList().ForEach(output.WriteLine);

        Assert.DoesNotContain(generator, d => d.Contains(": error ", StringComparison.Ordinal));
        Assert.True(compiler.Count == 0, string.Join("\n", compiler));
        Assert.True(files > 1);
    }

    /// <summary>All files verify in one run with the Management API's (<see cref="SharedVerifyRun"/>); each judges its own report.</summary>
    [Theory]
    [MemberData(nameof(Specs))]
    public async Task Three_operations_verify_on_every_target(string spec)
    {
        var api = Imports[spec].Value.Description!;

        var report = await SharedVerifyRun.ReportAsync(spec);
        output.WriteLine(ResultMatrix.Totals(report));

        Assert.Equal(VerifiedOperations(api).Select(o => o.Id), report.Selection!.Operations);
        Assert.True(report.Results.All(r => r.Outcome != SampleOutcome.Fail) && (!report.Ci || report.Results.All(r => r.Outcome != SampleOutcome.Skipped)), MarkdownReport.Write(report));
        Assert.Contains(report.Results, r => r.Outcome == SampleOutcome.Pass);
    }
}
