using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using HookSnippets.OpenApi;

namespace HookSnippets.Cli.Commands;

/// <summary>
/// <c>hooksnippets import OPENAPI</c>: a Swagger 2.0 or OpenAPI 3.0/3.1 description (JSON or YAML, one file or several)
/// to endpoints.json (docs/openapi-import.md). Exit 0: written, operations that cannot be imported are left out with
/// located notes; 1: the document cannot be read or no operation is left (nothing is written); 2: bad arguments or a
/// file that does not exist.
/// </summary>
internal static partial class ImportCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("OPENAPI") { Description = "The Swagger 2.0 or OpenAPI 3.0/3.1 file (.json, .yaml or .yml); files its $refs name are read beside it." };
        var tags = new Option<string[]>("--tag") { Description = "Import only operations with this tag (any case); repeatable.", Arity = ArgumentArity.OneOrMore, HelpName = "TAG" };
        var paths = new Option<string[]>("--path") { Description = "Import only operations whose path starts with this prefix; repeatable.", Arity = ArgumentArity.OneOrMore, HelpName = "PREFIX" };
        var name = new Option<string?>("--name") { Description = "Client name (default: info.title in PascalCase without a final 'API').", HelpName = "NAME" };
        var output = new Option<string>("--out") { Description = "The endpoints.json to write.", DefaultValueFactory = _ => "endpoints.json", HelpName = "FILE" };
        var reportFile = new Option<string?>("--report") { Description = "Also write the list of what was not imported to this file.", HelpName = "FILE" };
        var command = new Command("import", "Write an endpoints.json from a Swagger 2.0 or OpenAPI 3.0/3.1 file and list everything not imported (exit 0: written, 1: the OpenAPI file cannot be imported, 2: bad arguments or unreadable file).")
        {
            file, tags, paths, name, output, reportFile,
        };
        command.SetAction(parseResult => console.Guard(() =>
        {
            var input = parseResult.GetValue(file)!;
            if (input.Length > 1 && input.StartsWith('-'))
            {
                throw new UsageException($"unknown option '{input}'. Run 'hooksnippets import --help' for usage.");
            }

            var clientName = parseResult.GetValue(name);
            if (clientName is not null && !ClientName().IsMatch(clientName))
            {
                throw new UsageException($"--name '{clientName}' must match [A-Za-z][A-Za-z0-9_]*.");
            }

            if (!File.Exists(input))
            {
                throw new UsageException($"cannot read '{input}': the file does not exist.");
            }

            var options = new ImportOptions(parseResult.GetValue(tags) ?? [], parseResult.GetValue(paths) ?? [], clientName);
            var result = OpenApiImporter.ImportFile(input, options);
            var reportText = string.Concat(result.Notes.Select(n => n + "\n"));
            foreach (var note in result.Notes)
            {
                console.Out.WriteLine(note);
            }

            foreach (var warning in result.Warnings)
            {
                console.Error.WriteLine(warning);
            }

            Write(parseResult.GetValue(reportFile), reportText);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    console.Error.WriteLine(error);
                }

                console.Error.WriteLine($"{input}: import failed, {DescriptionFile.Plural(result.Errors.Count, "error")}; nothing written.");
                return ExitCodes.Failure;
            }

            var target = parseResult.GetValue(output)!;
            Write(target, result.EndpointsJson!);
            console.Out.WriteLine($"{input}: {result.Description!.Operations.Count} of {DescriptionFile.Plural(result.OperationsInFile, "operation")} imported, {result.Description.Types.Count} types, {DescriptionFile.Plural(result.Notes.Count, "note")}; wrote {target}");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Writes through a temporary file in the same folder, so a failure never leaves a partial file.</summary>
    private static void Write(string? path, string text)
    {
        if (path is null)
        {
            return;
        }

        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp-" + Environment.ProcessId;
        try
        {
            File.WriteAllText(temporary, text, Utf8NoBom);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException($"cannot write '{path}': {e.Message}");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex ClientName();
}
