namespace HookSnippets.Cli.Tests;

/// <summary><c>hooksnippets import</c>: exit codes, the written file, the report, and no file on failure.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hooksnippets-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writes_the_description_and_the_report()
    {
        var output = Path.Combine(_folder, "endpoints.json");
        var report = Path.Combine(_folder, "report.txt");
        var (code, stdout, _) = Run("import", Fixture("petstore-3.0.yaml"), "--out", output, "--report", report, "--name", "Store");

        Assert.Equal(0, code);
        Assert.Contains("5 of 5 operations imported", stdout, StringComparison.Ordinal);
        Assert.Contains("not imported: #/components/securitySchemes/key: no imported operation uses this security scheme; not imported", stdout, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(output);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("{\n  \"$schema\": \"./endpoints.schema.json\",\n  \"name\": \"Store\",", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Contains("#/components/securitySchemes/key: no imported operation uses this security scheme", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_file_exits_1_with_a_located_error_and_writes_nothing()
    {
        var output = Path.Combine(_folder, "endpoints.json");
        var (code, _, stderr) = Run("import", Fixture("truncated.json"), "--out", output);

        Assert.Equal(1, code);
        Assert.Contains("truncated.json(2,61): error HS6001: Not valid JSON", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_multi_file_description_with_a_broken_reference_is_written_without_the_operations_that_use_it()
    {
        var output = Path.Combine(_folder, "endpoints.json");
        var input = OpenApiFixture("made/missing-component.yaml");
        var (code, stdout, stderr) = Run("import", input, "--out", output);

        Assert.Equal(0, code);
        Assert.Contains($"{input}(21,23): warning HS6003: The $ref '#/components/schemas/Missing' points at nothing", stderr, StringComparison.Ordinal);
        Assert.Contains($"{input}(15,7): not imported: GET /broken: operation not imported: it uses a node that cannot be read (HS6003 at {input}(21,23)", stdout, StringComparison.Ordinal);
        Assert.Contains("1 of 3 operations imported", stdout, StringComparison.Ordinal);
        Assert.Equal(0, HookSnippetsCli.Run(["validate", output], new StringWriter(), new StringWriter()));
    }

    [Fact]
    public void An_unknown_tag_exits_1_and_lists_the_tags()
    {
        var output = Path.Combine(_folder, "endpoints.json");
        var input = OpenApiFixture("made/swagger2-shop.json");
        var (code, _, stderr) = Run("import", input, "--tag", "gameplay", "--out", output);

        Assert.Equal(1, code);
        Assert.Contains($"{input}(1,1): error HS6007: No operation to import matches the --tag/--path filters; the tags are: Orders, Notes.", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("import", "missing.json")]
    [InlineData("import", "FIXTURE", "--name", "9bad")]
    [InlineData("import", "--bogus", "FIXTURE")]
    public void Bad_arguments_exit_2(params string[] args)
    {
        var (code, _, stderr) = Run(args.Select(a => a == "FIXTURE" ? Fixture("petstore-3.0.yaml") : a).ToArray());
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = HookSnippetsCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Fixture(string name) => Path.Combine(Paths.RepositoryRoot, "tests", "HookSnippets.OpenApi.Tests", "Fixtures", name);

    private static string OpenApiFixture(string name) => Path.Combine(Paths.RepositoryRoot, "tests", "fixtures", "openapi", name);
}
