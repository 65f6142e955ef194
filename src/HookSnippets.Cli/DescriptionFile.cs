using System.CommandLine;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Cli;

/// <summary>The <c>[endpoints.json]</c> argument every command takes, and reading the file it names.</summary>
internal static class DescriptionFile
{
    public const string DefaultPath = "endpoints.json";

    public static Argument<string> CreateArgument() => new("endpoints.json")
    {
        Description = "The endpoint description to read (default: endpoints.json in the current folder).",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => DefaultPath,
    };

    /// <summary>The path given, refusing an unknown option that System.CommandLine bound as the file.</summary>
    /// <exception cref="UsageException">The value looks like an option.</exception>
    public static string GetPath(ParseResult parseResult, Argument<string> argument)
    {
        var path = parseResult.GetValue(argument) ?? DefaultPath;
        if (path.Length > 1 && path.StartsWith('-'))
        {
            throw new UsageException($"unknown option '{path}'. Run 'hooksnippets {parseResult.CommandResult.Command.Name} --help' for usage.");
        }

        return path;
    }

    /// <summary>Reads and validates the description.</summary>
    /// <exception cref="UsageException">The file cannot be read.</exception>
    public static DescriptionResult Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }

        return DescriptionReader.Read(bytes, path);
    }

    /// <summary>Prints the diagnostics in MSBuild format; true when there is no error.</summary>
    public static bool Report(DescriptionResult result, TextWriter writer)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.WriteLine(diagnostic);
        }

        return !result.HasErrors;
    }

    public static string Summary(string path, DescriptionResult result)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var operations = result.Description is { } description ? $"{Plural(description.Operations.Count, "operation")}, " : string.Empty;
        return $"{path}: {operations}{Plural(errors, "error")}, {Plural(warnings, "warning")}";
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
