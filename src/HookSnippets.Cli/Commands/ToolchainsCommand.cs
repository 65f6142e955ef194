using System.CommandLine;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Targets;
using HookSnippets.Verification.Toolchains;

namespace HookSnippets.Cli.Commands;

/// <summary>
/// <c>hooksnippets toolchains [--target ID|LANGUAGE]... [--install]</c>: per target, whether verify can run its samples
/// here, the version its toolchain reports and what installs it; with <c>--install</c>, npm and NuGet packages go into
/// the tools folder (the per-user cache unless <c>--tools</c>) and Debian packages are installed when running as root,
/// else printed as one apt-get line. Exit 1 while a selected target's toolchain is missing.
/// </summary>
internal static class ToolchainsCommand
{
    public static Command Create(CliConsole console)
    {
        var targets = new Option<string[]>("--target")
        {
            Description = "A target id (go-nethttp) or a language (python); repeatable. Default: every target.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "ID|LANGUAGE",
        };
        var install = new Option<bool>("--install") { Description = "Install what is missing: npm and NuGet packages into the tools folder, Debian packages when run as root." };
        var tools = new Option<string?>("--tools")
        {
            Description = "The folder for npm packages (node_modules) and NuGet packages (nuget) that verify reads (default: the per-user cache, $XDG_CACHE_HOME/hooksnippets/toolchains).",
            HelpName = "DIR",
        };
        var templates = new TemplatesOption();
        var command = new Command("toolchains", "List, per target, whether the toolchain verify needs is installed, its version and how to install it; --install installs it.")
        {
            targets, install, tools, templates.Option,
        };
        command.SetAction(parseResult => console.Guard(() =>
        {
            if (templates.Load(parseResult, console) is not { } pack)
            {
                return ExitCodes.Failure;
            }

            var folder = Path.GetFullPath(parseResult.GetValue(tools) ?? ToolchainCache.Folder);
            var selected = Select(pack, parseResult.GetValue(targets) ?? []);
            var states = TargetToolchains.Check(selected, folder);
            if (parseResult.GetValue(install) && states.Any(s => !s.Found))
            {
                var left = TargetToolchains.InstallAsync(states, folder, console.Error, CancellationToken.None).GetAwaiter().GetResult();
                states = TargetToolchains.Check(selected, folder);
                foreach (var line in left)
                {
                    console.Error.WriteLine("not installed: " + line);
                }
            }

            Write(states, folder, console.Out);
            return states.All(s => s.Found) ? ExitCodes.Success : ExitCodes.Failure;
        }));
        return command;
    }

    private static IReadOnlyList<SnippetTarget> Select(TemplatePack pack, IReadOnlyList<string> selection)
    {
        foreach (var name in selection.Where(name => !pack.Targets.Any(t => t.Id == name || t.Language == name)))
        {
            throw new UsageException(
                $"unknown target '{name}': use a target id ({string.Join(", ", pack.Targets.Select(t => t.Id))}) or a language ({string.Join(", ", pack.Targets.Select(t => t.Language).Distinct())})");
        }

        return pack.Targets.Where(t => selection.Count == 0 || selection.Any(name => t.Id == name || t.Language == name)).ToArray();
    }

    private static void Write(IReadOnlyList<TargetToolchainState> states, string tools, TextWriter output)
    {
        var width = states.Select(s => s.Target.Id.Length).DefaultIfEmpty(6).Max();
        foreach (var state in states)
        {
            output.WriteLine($"{state.Target.Id.PadRight(width)}  {(state.Found ? "found  " : "missing")}  {state.Version ?? "-"}{(state.Found ? "" : ": " + state.Problem)}");
            var toolchain = state.Target.Toolchain;
            if (toolchain.Debian.Count > 0)
            {
                output.WriteLine("    " + TargetToolchains.AptGetInstall(toolchain.Debian));
            }

            if (toolchain.Npm.Count > 0)
            {
                output.WriteLine("    " + TargetToolchains.NpmInstall(tools, toolchain.Npm));
            }

            if (toolchain.NuGet.Count > 0)
            {
                output.WriteLine("    " + TargetToolchains.NuGetInstall(tools, toolchain.NuGet));
            }

            foreach (var tool in toolchain.DotnetTools)
            {
                output.WriteLine("    " + DotnetTools.InstallLine(tools, tool));
            }
        }

        var missing = states.Count(s => !s.Found);
        output.WriteLine(missing == 0
            ? $"{states.Count} targets: every toolchain found"
            : $"{states.Count} targets: {missing} missing a toolchain; 'hooksnippets toolchains --install' installs npm and NuGet packages and .NET tools into {tools}, and Debian packages when run as root");
    }
}
