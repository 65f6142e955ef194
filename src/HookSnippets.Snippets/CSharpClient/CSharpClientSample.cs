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

    /// <summary>
    /// The credential options the call needs, set to their placeholders: <c>property</c>, <c>example</c>
    /// (<c>AccessToken</c>; <c>Username</c> and <c>Password</c>; an API key). Empty for a public operation.
    /// </summary>
    public required IReadOnlyList<CredentialOption> Credentials { get; init; }

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
    /// when the generated client has no method for it, why (render reports HS3009 rather than write a sample that
    /// sends something else). The shape leaves out only what validation rejects (HS1029, a form body whose schema is
    /// not an object), so only a model built without validation has a gap.
    /// </summary>
    internal static ClientCall For(CSharpClientShape client, ApiDescription api, Operation operation)
    {
        if (CSharpExampleWriter.FindOperation(client, operation.Id) is not { } method)
        {
            return new ClientCall(null, new ClientGap(
                $"the generated client has no method for operation '{operation.Id}' (building it reports why: HS2105 or HS2107)",
                operation.Body?.Span ?? operation.IdSpan));
        }

        return new ClientCall(new CSharpClientSample
        {
            Namespace = client.Namespace,
            ClientName = client.ClientName,
            OptionsName = client.OptionsName,
            BaseUrlProperty = RuntimeNames.BaseUrlOption,
            Credentials = CredentialsOf(client, method),
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

    /// <summary>The options of the credentials <paramref name="method"/> sends (no token provider: samples show a fixed token).</summary>
    private static CredentialOption[] CredentialsOf(CSharpClientShape client, OperationShape method)
    {
        var options = new List<CredentialOption>();
        foreach (var index in method.Credentials)
        {
            var credential = client.Credentials[index];
            options.Add(new CredentialOption(credential.Property, credential.Example));
            if (credential.Kind == CredentialKind.Basic)
            {
                options.Add(new CredentialOption(credential.SecondProperty!, credential.SecondExample!));
            }
        }

        return options.ToArray();
    }
}

/// <summary>A csharp-client sample, or why there is none.</summary>
internal sealed record ClientCall(CSharpClientSample? Sample, ClientGap? Gap);

/// <summary>One options property the sample sets, and the placeholder it shows.</summary>
public sealed record CredentialOption(string Property, string Example);
