using System.CommandLine;
using HookSnippets.Snippets.Rendering;

namespace HookSnippets.Cli.Commands;

/// <summary><c>--templates DIR</c> of render, check and verify: the pack it names, its warnings printed, its errors located.</summary>
internal sealed class TemplatesOption
{
    public Option<string?> Option { get; } = new("--templates")
    {
        Description = "A folder of <language>/<client>/ targets (<client>.sbn and target.json) that override or add to the shipped ones.",
        HelpName = "DIR",
    };

    /// <summary>The pack, or null after printing the located errors of its target.json files.</summary>
    /// <exception cref="UsageException">The folder is missing or holds a template with an unusable name.</exception>
    public TemplatePack? Load(ParseResult parseResult, CliConsole console)
    {
        if (parseResult.GetValue(Option) is not { } directory)
        {
            return TemplatePack.Embedded;
        }

        try
        {
            var pack = TemplatePack.WithOverrides(directory);
            foreach (var warning in pack.Warnings)
            {
                console.Error.WriteLine(warning);
            }

            return pack;
        }
        catch (TemplatePackException e) when (e.Diagnostics.Count > 0)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                console.Error.WriteLine(diagnostic);
            }

            return null;
        }
        catch (TemplatePackException e)
        {
            throw new UsageException("--templates: " + e.Message);
        }
    }
}
