using HookSnippets.Description.Model;
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

    /// <summary>The OpenAPI operation it was imported from, if the description says so.</summary>
    public required OperationSource? Source { get; init; }

    /// <summary>The "Value | Description" rows: each placeholder the samples show, once, in a stable order.</summary>
    public required IReadOnlyList<Placeholder> Placeholders { get; init; }
}

/// <summary>One operation ready to render: its facts, the request samples send, that request as a value, and the generated-client call.</summary>
public sealed record OperationModel(OperationFacts Operation, SampleRequest Request, ExpectedRequest Expected, CSharpClientSample CSharp);

/// <summary>The description's own facts templates may show (<c>api.name</c>, <c>api.title</c>).</summary>
public sealed record ApiFacts(string Name, string? Title);
