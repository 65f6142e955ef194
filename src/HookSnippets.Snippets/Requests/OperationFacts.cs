using HookSnippets.Description.Model;
using HookSnippets.Description.Text;
using HookSnippets.Snippets.CSharpClient;

namespace HookSnippets.Snippets.Requests;

/// <summary>What docs pages and templates say about an operation besides the request itself.</summary>
public sealed class OperationFacts
{
    public required string Id { get; init; }

    /// <summary>The id split at its dots: groups first, the method name last.</summary>
    public required IReadOnlyList<string> IdSegments { get; init; }

    public required string Method { get; init; }

    public required string PathTemplate { get; init; }

    public required string? Summary { get; init; }

    public required string? Description { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public required bool Deprecated { get; init; }

    /// <summary>
    /// The security alternatives, each the schemes sent together; samples send the first. Empty when the operation
    /// sends no credentials at all; one empty alternative makes credentials optional.
    /// </summary>
    public required IReadOnlyList<IReadOnlyList<AuthFacts>> Authentication { get; init; }

    /// <summary>The OpenAPI operation it was imported from, if the description says so.</summary>
    public required OperationSource? Source { get; init; }

    /// <summary>The "Value | Description" rows: each placeholder the samples show, once, in a stable order.</summary>
    public required IReadOnlyList<Placeholder> Placeholders { get; init; }
}

/// <summary>
/// One example set of an operation ready to render: its facts, the request samples send, that request as a value, the
/// generated-client call (null when the client cannot send this request yet: <see cref="ClientGap"/> says why), and
/// which example set it is.
/// </summary>
public sealed record OperationModel(OperationFacts Operation, SampleRequest Request, ExpectedRequest Expected, CSharpClientSample? CSharp, ExampleFacts Example)
{
    public ClientGap? ClientGap { get; init; }

    /// <summary>The success answer the sample reads (<c>response</c> in templates).</summary>
    public required SampleResponse Response { get; init; }

    /// <summary>
    /// Where the sample of <paramref name="target"/> goes in the snippets folder: <c>&lt;op&gt;/&lt;target&gt;.&lt;ext&gt;</c>
    /// for the first example set, <c>&lt;op&gt;/&lt;target&gt;.&lt;suffix&gt;.&lt;ext&gt;</c> for the others.
    /// </summary>
    public string SampleFile(Targets.SnippetTarget target) =>
        Operation.Id + "/" + (Example.Suffix is { } suffix ? target.Id + "." + suffix + "." + target.Extension : target.FileName);

    /// <summary>The operation with this set's examples in place: where diagnostics about its samples point.</summary>
    internal Operation? Source { get; init; }
}

/// <summary>Why the generated client cannot send an operation's request yet, and where in the description the cause is.</summary>
public sealed record ClientGap(string Reason, SourceSpan Span);

/// <summary>The description's own facts templates may show (<c>api.name</c>, <c>api.title</c>).</summary>
public sealed record ApiFacts(string Name, string? Title);
