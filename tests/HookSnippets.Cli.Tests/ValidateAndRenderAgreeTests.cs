namespace HookSnippets.Cli.Tests;

/// <summary>
/// One-edit mutants of the shipped endpoints.json that once passed <c>validate</c> and crashed <c>render</c> with a
/// stack trace: both commands now stop at the same located error, and neither ever prints a stack trace.
/// </summary>
public sealed class ValidateAndRenderAgreeTests
{
    public static TheoryData<string, string, string, string> Mutants => new()
    {
        // The typo of issue 11: the client shape left the operation out, and render died on the missing method.
        { "\"contentType\": \"application/json\"", "\"contentType\": \"application/son\"", "\"application/son\"", "HS1007" },
        // A query parameter no URL can carry: the same crash through HS2107.
        { "\"fields\": {\n          \"in\": \"query\",\n          \"schema\": {\n            \"type\": \"string\"", "\"fields\": {\n          \"in\": \"query\",\n          \"schema\": {\n            \"type\": \"object\"", "{\n            \"type\": \"object\"", "HS1029" },
        // A base URL that System.Uri trims and the request model does not.
        { "\"baseUrl\": \"https://", "\"baseUrl\": \" https://", "\" https://", "HS1019" },
    };

    [Theory]
    [MemberData(nameof(Mutants))]
    public void Validate_and_render_report_the_same_located_error(string original, string mutated, string locatedAt, string code)
    {
        using var temp = new TempFolder();
        var text = File.ReadAllText(Paths.Endpoints);
        Assert.Contains(original, text, StringComparison.Ordinal);
        var mutant = ReplaceFirst(text, original, mutated);
        var file = temp.Write("endpoints.json", mutant);
        var at = mutant.IndexOf(locatedAt, mutant.IndexOf(mutated, StringComparison.Ordinal), StringComparison.Ordinal);
        var position = $"{file}({mutant[..at].Count(c => c == '\n') + 1},{at - mutant[..at].LastIndexOf('\n')}): error {code}: ";

        var validate = CliRun.Of("validate", file);
        var render = CliRun.Of("render", file, "--out", temp["snippets"]);

        Assert.True(validate.ExitCode == 1, validate.ToString());
        Assert.StartsWith(position, validate.Out, StringComparison.Ordinal);
        Assert.True(render.ExitCode == 1, render.ToString());
        Assert.StartsWith(position, render.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", render.Error + render.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["snippets"]));
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_and_exit_1_never_a_stack_trace()
    {
        using var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(TextWriter.Null, error);

        var exitCode = console.Guard(() => throw new InvalidOperationException("the generated client has no method for operation 'hooks.create'"));

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "error: internal error (System.InvalidOperationException: the generated client has no method for operation 'hooks.create'); please report it with the input that caused it.\n",
            error.ToString());
    }

    private static string ReplaceFirst(string text, string original, string replacement)
    {
        var at = text.IndexOf(original, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + original.Length)..];
    }
}
