using System.CommandLine;
using System.Text;
using HookSnippets.OpenApi.CodeSamples;
using HookSnippets.Snippets.Output;
using HookSnippets.Snippets.Rendering;

namespace HookSnippets.Cli.Commands;

/// <summary>
/// <c>--openapi SOURCE --openapi-out FILE --overlay FILE</c> of render and check: the team's OpenAPI file with the
/// samples as <c>x-codeSamples</c>, and the Overlay that adds them to the untouched file (docs/templates.md).
/// </summary>
internal sealed class OpenApiOutputs
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Option<string?> _source = new("--openapi")
    {
        Description = "The OpenAPI file (JSON or YAML; Swagger 2.0, OpenAPI 3.0 or 3.1) to add the samples to as x-codeSamples. It is read, never changed.",
        HelpName = "SOURCE",
    };

    private readonly Option<string?> _out = new("--openapi-out")
    {
        Description = "Where to write the OpenAPI file with x-codeSamples (needs --openapi); may be SOURCE itself.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _overlay = new("--overlay")
    {
        Description = "Where to write an OpenAPI Overlay 1.0 document (JSON) that adds the same x-codeSamples to SOURCE (needs --openapi).",
        HelpName = "FILE",
    };

    public void AddTo(Command command)
    {
        command.Add(_source);
        command.Add(_out);
        command.Add(_overlay);
    }

    /// <summary>The OpenAPI file given with --openapi, if any.</summary>
    public string? Source(ParseResult parseResult) => parseResult.GetValue(_source);

    /// <summary>
    /// The files --openapi-out and --overlay name, with their new text (none without --openapi); null after printing
    /// the errors that stopped it.
    /// </summary>
    /// <exception cref="UsageException">An option without the other it needs, or an unreadable OpenAPI file.</exception>
    public IReadOnlyList<(string Path, string Text)>? Render(ParseResult parseResult, string descriptionPath, RenderResult rendered, TemplatePack pack, CliConsole console)
    {
        var source = parseResult.GetValue(_source);
        var documentOut = parseResult.GetValue(_out);
        var overlayOut = parseResult.GetValue(_overlay);
        if (source is null)
        {
            return documentOut is null && overlayOut is null ? [] : throw new UsageException("--openapi-out and --overlay need --openapi SOURCE, the OpenAPI file to add the samples to");
        }

        if (documentOut is null && overlayOut is null)
        {
            throw new UsageException("--openapi needs --openapi-out FILE, --overlay FILE or both: where to write the samples");
        }

        var result = CodeSamplesWriter.Write(Read(source), source, descriptionPath, Samples(rendered), Ours(pack));
        foreach (var diagnostic in result.Diagnostics)
        {
            console.Error.WriteLine(diagnostic);
        }

        if (result.Document is null || result.Overlay is null)
        {
            return null;
        }

        var outputs = new List<(string, string)>();
        if (documentOut is not null)
        {
            outputs.Add((documentOut, result.Document));
        }

        if (overlayOut is not null)
        {
            outputs.Add((overlayOut, result.Overlay));
        }

        return outputs;
    }

    /// <summary>Every (lang, label) a target of the pack writes, so that entries of a target not selected this time are replaced too.</summary>
    private static IReadOnlyCollection<(string Lang, string Label)> Ours(TemplatePack pack) =>
        pack.Targets.Concat(pack.MissingTargets)
            .Where(t => t.CodeSamplesLang is not null)
            .Select(t => (t.CodeSamplesLang!, t.DisplayName))
            .Distinct()
            .ToList();

    private static List<OperationSamples> Samples(RenderResult rendered) => rendered.Operations
        .Select(o => new OperationSamples(
            o.Model.Operation.Id,
            o.Model.Operation.Method,
            o.Model.Operation.PathTemplate,
            o.Model.Operation.Source,
            o.Samples.Where(s => s.Target.CodeSamplesLang is not null).Select(s => new CodeSample(s.Target.CodeSamplesLang!, s.Target.DisplayName, s.Text)).ToList()))
        .ToList();

    private static string Read(string path)
    {
        try
        {
            return StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException($"--openapi: '{path}' is not UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"--openapi: cannot read '{path}': {e.Message}");
        }
    }
}
