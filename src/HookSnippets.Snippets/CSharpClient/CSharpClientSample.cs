using HookSnippets.ClientShape;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Snippets.CSharpClient;

/// <summary>
/// What the csharp-client sample needs to call the generated client for one operation (template global <c>csharp</c>).
/// Names come from the generator's own shape of the client, never mapped again here. The sample assumes the client was
/// generated under its default names: namespace <c>PascalCase(name)</c>, class <c>PascalCase(name) + "Client"</c>
/// (what a project without <c>RootNamespace</c> or with <c>HookSnippetsNamespace</c> set to that name gets).
/// </summary>
public sealed class CSharpClientSample
{
    /// <summary>The namespace of the generated types (a <c>using</c>).</summary>
    public required string Namespace { get; init; }

    /// <summary>The client class (<c>Auth0ManagementClient</c>).</summary>
    public required string ClientName { get; init; }

    /// <summary>The options class (<c>Auth0ManagementClientOptions</c>).</summary>
    public required string OptionsName { get; init; }

    /// <summary>The options property that replaces the whole base URL (a <c>Uri</c>).</summary>
    public required string BaseUrlProperty { get; init; }

    /// <summary>The options property holding a fixed token; null when the description has no auth.</summary>
    public required string? AccessTokenProperty { get; init; }

    /// <summary>The placeholder token samples show; null when the description has no auth.</summary>
    public required string? AccessTokenExample { get; init; }

    /// <summary>The base URL variables: <c>name</c>, <c>property_name</c>, <c>example</c>, <c>default</c>, <c>description</c>.</summary>
    public required IReadOnlyList<BaseUrlVariableShape> Variables { get; init; }

    /// <summary>Namespaces the call needs, sorted (the client's namespace among them).</summary>
    public required IReadOnlyList<string> Usings { get; init; }

    /// <summary>The statement: <c>var result = await client.Hooks.Secrets.CreateAsync("HOOK_ID", new ...);</c> (LF, four-space indents).</summary>
    public required string Call { get; init; }

    /// <summary>True when <see cref="Call"/> declares <c>result</c>.</summary>
    public required bool HasResult { get; init; }

    /// <summary>How a sample prints <c>result</c>: <c>map</c> (name/value pairs), <c>list</c> (one item a line), <c>value</c>, or <c>none</c>.</summary>
    public required string ResultKind { get; init; }

    /// <summary>The generated client for <paramref name="api"/> under its default names, as the generator shapes it.</summary>
    /// <exception cref="RequestModelException">The description cannot become a client (the generator would report the same).</exception>
    internal static CSharpClientShape BuildShape(ApiDescription api)
    {
        var name = Identifiers.ToPascalCase(api.Name);
        var result = ClientShapeBuilder.Build(api, "endpoints.json", name, name + "Client");
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == Severity.Error)
            {
                throw new RequestModelException($"the generated client cannot be built ({diagnostic.Id}): {diagnostic.Message}", diagnostic.Span);
            }
        }

        return result.Shape;
    }

    /// <summary>
    /// The sample of <paramref name="operation"/> (one example set), its arguments being the operation's examples; or,
    /// when the generated client cannot send that request yet, why (render reports HS3009 rather than write a sample
    /// that sends something else).
    /// </summary>
    /// <exception cref="RequestModelException">
    /// The client has no method for the operation: the shape leaves out what validation rejects (HS1029), so only a
    /// model built without validation gets here.
    /// </exception>
    internal static ClientCall For(CSharpClientShape client, ApiDescription api, Operation operation)
    {
        if (Gap(client, api, operation) is { } gap)
        {
            return new ClientCall(null, gap);
        }

        var method = CSharpExampleWriter.FindOperation(client, operation.Id)
            ?? throw new RequestModelException($"the generated client has no method for operation '{operation.Id}', so the csharp-client sample cannot call it", operation.IdSpan);
        return new ClientCall(new CSharpClientSample
        {
            Namespace = client.Namespace,
            ClientName = client.ClientName,
            OptionsName = client.OptionsName,
            BaseUrlProperty = RuntimeNames.BaseUrlOption,
            AccessTokenProperty = client.Auth is null ? null : RuntimeNames.AccessTokenOption,
            AccessTokenExample = client.Auth?.Example,
            Variables = client.Variables.ToArray(),
            Usings = CSharpExampleWriter.Usings(client),
            Call = CSharpExampleWriter.Call(client, method, operation),
            HasResult = method.ResultType is not null,
            ResultKind = method.ResultType?.Kind switch
            {
                null => "none",
                TypeKind.Map => "map",
                TypeKind.List => "list",
                _ => "value",
            },
        }, null);
    }

    /// <summary>
    /// The generated client sends JSON bodies, and one bearer token on every operation when the description's only
    /// alternative is one bearer-type scheme (none otherwise): any other body or credential is a gap.
    /// </summary>
    private static ClientGap? Gap(CSharpClientShape client, ApiDescription api, Operation operation)
    {
        if (operation.Body is { Kind: not BodyKind.Json } body)
        {
            return new ClientGap($"operation '{operation.Id}' sends a {body.ContentType} body, which the generated client does not send yet", body.Span);
        }

        var sent = api.SecurityOf(operation) is [var first, ..] ? first.Schemes : EquatableArray<string>.Empty;
        var clientSends = client.Auth is null ? EquatableArray<string>.Empty : api.Security[0].Schemes;
        if (sent == clientSends)
        {
            return null;
        }

        var scheme = sent.Count > 0 ? api.FindScheme(sent[0]) : null;
        return scheme is not null
            ? new ClientGap($"operation '{operation.Id}' authenticates with {Describe(scheme)} (scheme '{scheme.Name}'), which the generated client does not send yet", scheme.Span)
            : new ClientGap($"operation '{operation.Id}' sends no credentials, but the generated client sends its token on every operation", operation.IdSpan);
    }

    private static string Describe(AuthScheme scheme) => scheme.Type switch
    {
        AuthType.Basic => "HTTP basic",
        AuthType.ApiKey => "an API key in the " + scheme.In.ToString().ToLowerInvariant(),
        _ => "a bearer token the generated client does not hold",
    };
}

/// <summary>A csharp-client sample, or why there is none.</summary>
internal sealed record ClientCall(CSharpClientSample? Sample, ClientGap? Gap);
