using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Verification;

/// <summary>
/// One rendered sample to execute: its text is the renderer's output, unchanged, pointed at worker <see cref="Worker"/>'s
/// server. <see cref="Example"/> is the file suffix of its example set (null for an operation's first set).
/// </summary>
public sealed record Sample(string OperationId, SnippetTarget Target, string Text, ExpectedRequest Expected, int Worker, string? Example = null)
{
    /// <summary>Which description of a run of several the sample comes from (<see cref="Verifier.RunAsync(IReadOnlyList{VerifyOptions}, IVerifyProgress, CancellationToken)"/>): 0 for the first.</summary>
    public int DescriptionIndex { get; init; }

    /// <summary>The row of the report: the operation id, with <c>#suffix</c> for a later example set (<c>tickets.buy#event-entry</c>).</summary>
    public string Row => RowOf(OperationId, Example);

    /// <summary><c>hooks.list/go-nethttp</c>.</summary>
    public string Name => Row + "/" + Target.Id;

    /// <summary>A name usable as a file or folder name, unique per sample.</summary>
    public string Slug => $"{(DescriptionIndex == 0 ? "" : $"d{DescriptionIndex}__")}{OperationId.Replace('.', '_')}{(Example is null ? "" : "__" + Example.Replace('-', '_'))}__{Target.Id.Replace('-', '_')}__w{Worker}";

    public static string RowOf(string operationId, string? example) => example is null ? operationId : operationId + "#" + example;
}
