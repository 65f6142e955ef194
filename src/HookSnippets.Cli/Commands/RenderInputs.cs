using HookSnippets.OpenApi;
using System.CommandLine;
using HookSnippets.Snippets.Docs;
using HookSnippets.Snippets.Output;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Cli.Commands;

/// <summary>The arguments render and check share, and rendering the selected set in memory.</summary>
internal sealed class RenderInputs
{
    private static readonly string[] Flavors = ["markdown", "mkdocs", "docusaurus", "mintlify"];

    private readonly Argument<string> _file = DescriptionFile.CreateArgument();

    private readonly Option<string> _out = new("--out")
    {
        Description = "The snippets folder.",
        DefaultValueFactory = _ => "snippets",
    };

    private readonly Option<string[]> _targets = new("--target")
    {
        Description = "A target id (shell-curl) or a language (python); repeatable. Default: every target that has a template.",
        Arity = ArgumentArity.OneOrMore,
        HelpName = "ID|LANGUAGE",
    };

    private readonly Option<string[]> _operations = new("--operation")
    {
        Description = "An operation id (hooks.secrets.create); repeatable. Default: all.",
        Arity = ArgumentArity.OneOrMore,
        HelpName = "ID",
    };

    private readonly TemplatesOption _templates = new();

    private readonly Option<string?> _baseUrl = new("--base-url")
    {
        Description = "Replaces the description's base URL (scheme, host, port, base path) in samples and expected requests.",
        HelpName = "URL",
    };

    private readonly Option<string> _flavor = new("--docs-flavor")
    {
        Description = "How docs pages show the samples: markdown (headings), mkdocs (content tabs), docusaurus (<Tabs>) or mintlify (<CodeGroup>).",
        DefaultValueFactory = _ => "markdown",
    };

    public OpenApiOutputs OpenApi { get; } = new();

    public RenderInputs()
    {
        _flavor.AcceptOnlyFromAmong(Flavors);
    }

    public void AddTo(Command command)
    {
        command.Add(_file);
        command.Add(_out);
        command.Add(_targets);
        command.Add(_operations);
        command.Add(_templates.Option);
        command.Add(_baseUrl);
        command.Add(_flavor);
        OpenApi.AddTo(command);
    }

    public string OutDirectory(ParseResult parseResult) => parseResult.GetValue(_out)!;

    public string DescriptionPath(ParseResult parseResult) => DescriptionFile.GetPath(parseResult, _file);

    /// <summary>The templates folder given with --templates, if any.</summary>
    public string? TemplatesDirectory(ParseResult parseResult) => parseResult.GetValue(_templates.Option);

    /// <summary>
    /// The rendered set (its files are not null) with the template pack it was rendered with, or null after printing
    /// why not (then <paramref name="exitCode"/> says how it failed).
    /// </summary>
    /// <exception cref="UsageException">Bad arguments or an unreadable description.</exception>
    public (RenderResult Result, TemplatePack Pack)? Render(ParseResult parseResult, CliConsole console, out int exitCode)
    {
        var path = DescriptionFile.GetPath(parseResult, _file);
        var options = new RenderOptions(
            parseResult.GetValue(_targets) ?? [],
            parseResult.GetValue(_operations) ?? [],
            ParseBaseUrl(parseResult.GetValue(_baseUrl)),
            Enum.Parse<DocsFlavor>(parseResult.GetValue(_flavor)!, ignoreCase: true))
        {
            ResponseExamples = ResponseExamples.For,
        };
        var pack = _templates.Load(parseResult, console);
        if (pack is null)
        {
            exitCode = ExitCodes.Failure;
            return null;
        }

        var description = DescriptionFile.Read(path);
        if (!DescriptionFile.Report(description, console.Error))
        {
            console.Error.WriteLine(DescriptionFile.Summary(path, description));
            exitCode = ExitCodes.Failure;
            return null;
        }

        RenderResult result;
        try
        {
            result = SnippetSetRenderer.Render(description.Description!, path, pack, options);
        }
        catch (SelectionException e)
        {
            throw new UsageException(e.Message);
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            console.Error.WriteLine(diagnostic);
        }

        if (result.SkippedTargets.Count > 0)
        {
            console.Error.WriteLine($"note: skipped targets without a template: {string.Join(", ", result.SkippedTargets.Select(t => t.Id))}");
        }

        exitCode = result.Files is null ? ExitCodes.Failure : ExitCodes.Success;
        return result.Files is null ? null : (result, pack);
    }

    private static ServerAddress? ParseBaseUrl(string? url)
    {
        try
        {
            return url is null ? null : ServerAddress.Parse(url);
        }
        catch (FormatException e)
        {
            throw new UsageException("--base-url: " + e.Message);
        }
    }
}
