using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Verification;

/// <summary>One rendered sample to execute: its text is the renderer's output, unchanged, pointed at worker <see cref="Worker"/>'s server.</summary>
public sealed record Sample(string OperationId, SnippetTarget Target, string Text, ExpectedRequest Expected, int Worker)
{
    /// <summary><c>hooks.list/go-nethttp</c>.</summary>
    public string Name => OperationId + "/" + Target.Id;

    /// <summary>A name usable as a file or folder name, unique per sample.</summary>
    public string Slug => $"{OperationId.Replace('.', '_')}__{Target.Id.Replace('-', '_')}__w{Worker}";
}
