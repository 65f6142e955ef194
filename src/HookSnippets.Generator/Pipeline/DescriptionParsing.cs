using System.Threading;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Generator.Diagnostics;

namespace HookSnippets.Generator.Pipeline;

/// <summary>Reads and validates one description file with the linked-in reader (the same code the CLI runs).</summary>
internal static class DescriptionParsing
{
    public static ParsedDescription Parse(DescriptionFile file, CancellationToken cancellationToken)
    {
        if (file.Text is null)
        {
            var problem = file.Problem ?? GeneratorDiagnostics.UnreadableFile(file.Path);
            return new ParsedDescription(file.Path, file.Options, null, new EquatableArray<DiagnosticInfo>(new[] { problem }));
        }

        var text = file.Text;
        return StepGuard.Run(
            file.Path,
            "reading the description",
            () =>
            {
                var result = DescriptionReader.Read(text, file.Path);
                return new ParsedDescription(file.Path, file.Options, result.Description, result.Diagnostics);
            },
            problem => new ParsedDescription(file.Path, file.Options, null, new EquatableArray<DiagnosticInfo>(new[] { problem })),
            cancellationToken);
    }
}
