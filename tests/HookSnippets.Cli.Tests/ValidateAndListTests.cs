using System.Diagnostics;

namespace HookSnippets.Cli.Tests;

public sealed class ValidateAndListTests
{
    [Fact]
    public void ValidateAcceptsTheShippedDescriptionWithASummaryLine()
    {
        var run = CliRun.Of("validate", Paths.Endpoints);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"{Paths.Endpoints}: 9 operations, 0 errors, 0 warnings\n", run.Out);
    }

    [Fact]
    public void ValidatePrintsErrorsInMsBuildFormatAndExits1()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.json", "{\n  \"name\": \"Hooks\",\n  \"body\": { [ \"KEY\", \"VALUE\" ] }\n}\n");
        var run = CliRun.Of("validate", file);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{file}(3,13): error HS1001: ", run.Out);
        Assert.EndsWith($"{file}: 1 error, 0 warnings\n", run.Out);
    }

    [Fact]
    public void ValidateLocatesAByteThatIsNotUtf8()
    {
        using var temp = new TempFolder();
        var file = temp["endpoints.json"];
        var text = File.ReadAllText(Paths.Endpoints);
        var at = text.IndexOf("Create a hook", StringComparison.Ordinal);
        File.WriteAllBytes(file, [.. System.Text.Encoding.UTF8.GetBytes(text[..at]), 0xE9, .. System.Text.Encoding.UTF8.GetBytes(text[at..])]);
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - text[..at].LastIndexOf('\n');

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{file}({line},{column}): error HS1001: The file is not valid UTF-8: byte 0xE9 cannot be decoded", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreadableFileExits2()
    {
        var run = CliRun.Of("validate", "/nonexistent/endpoints.json");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: cannot read '/nonexistent/endpoints.json': ", run.Error);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("list")]
    [InlineData("render")]
    [InlineData("check")]
    public void AnUnknownOptionExits2WithAClearMessage(string command)
    {
        var run = CliRun.Of(command, "--bogus");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: unknown option '--bogus'. Run 'hooksnippets {command} --help' for usage.\n", run.Error);
    }

    [Theory]
    [InlineData("validate", "a.json", "b.json")]
    [InlineData("render", "--docs-flavor", "html")]
    [InlineData("render", "--out")]
    [InlineData("frobnicate")]
    [InlineData]
    public void ParseErrorsExit2(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.EndsWith("Run 'hooksnippets --help' for usage.\n", run.Error);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("list")]
    [InlineData("render")]
    [InlineData("check")]
    public void EveryCommandHasHelp(string command)
    {
        var run = CliRun.Of(command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out);
        Assert.Contains($" {command} [<endpoints.json>]", run.Out);
    }

    [Fact]
    public void ListPrintsOneAlignedLinePerOperation()
    {
        var run = CliRun.Of("list", Paths.Endpoints);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(9, lines.Length);
        Assert.Equal("hooks.list            GET     /hooks               read:hooks", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("hooks.secrets.delete  DELETE  /hooks/{id}/secrets  delete:hooks", StringComparison.Ordinal));
    }

    [Fact]
    public void ListStopsOnDescriptionErrors()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("list", temp.Write("bad.json", "[]"));
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("error HS", run.Error);
    }

    [Fact]
    public void TheDefaultDescriptionIsEndpointsJsonInTheCurrentFolder()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(HookSnippetsCli).Assembly.Location, "validate" },
            WorkingDirectory = Paths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("endpoints.json: 9 operations, 0 errors, 0 warnings\n", output);
    }
}
