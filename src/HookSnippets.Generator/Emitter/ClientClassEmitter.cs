using System.Collections.Generic;
using System.Text;
using HookSnippets.ClientShape;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;

namespace HookSnippets.Generator.Emitter;

/// <summary>Emits the client class with its options, and one class per group.</summary>
internal sealed class ClientClassEmitter
{
    private readonly CSharpClientShape _shape;
    private readonly string _qualifier;
    private readonly string _runtime;
    private readonly string _sender;
    private readonly OperationEmitter _operations;

    /// <param name="runtime">The qualifier of the namespace holding the shared runtime types.</param>
    public ClientClassEmitter(CSharpClientShape shape, string runtime)
    {
        _shape = shape;
        _qualifier = CSharpNames.Qualifier(shape.Namespace);
        _runtime = runtime;
        _sender = $"{runtime}{RuntimeNames.RequestSender}";
        _operations = new OperationEmitter(shape, new JsonEmitter(shape, runtime), runtime);
    }

    public string EmitClient()
    {
        var writer = new SourceWriter();
        CSharpNames.WriteFileHeader(writer, _shape.Namespace);
        EmitClientClass(writer);
        writer.Line();
        EmitOptions(writer);
        return writer.ToString();
    }

    public string EmitGroup(GroupShape group)
    {
        var writer = new SourceWriter();
        CSharpNames.WriteFileHeader(writer, _shape.Namespace);
        var id = string.Join(".", group.Path);
        CSharpNames.Doc(writer, "summary", $"The {id} operations of {_shape.ClientName} (client.{id}).");
        writer.Lines($$"""
            {{CSharpNames.GeneratedCodeAttribute}}
            public sealed partial class {{group.ClassName}} : {{_qualifier}}{{group.InterfaceName}}
            {
                private readonly {{_sender}} _sender;

                internal {{group.ClassName}}({{_sender}} sender)
                {
                    _sender = sender;
            """);
        writer.Indent();
        writer.Indent();
        foreach (var child in group.Children)
        {
            writer.Line($"{child.PropertyName} = new {_qualifier}{child.ClassName}(sender);");
        }

        writer.Close();
        EmitMembers(writer, group);
        writer.Close();
        EmitInterfaces(writer, group, $"client.{id}");
        return writer.ToString();
    }

    private void EmitClientClass(SourceWriter writer)
    {
        var shape = _shape;
        var options = $"{_qualifier}{shape.OptionsName}";
        var summary = shape.Title ?? shape.ClientName;
        CSharpNames.Doc(writer, "summary", shape.Description is null ? summary : $"{summary}\n\n{shape.Description}");
        var credentials = CredentialsArgument();
        writer.Lines($$"""
            /// <remarks>
            /// Construct it with an <see cref="global::System.Net.Http.HttpClient"/> and <see cref="{{options}}"/>; code that
            /// uses it can take <see cref="{{_qualifier}}{{shape.Root.InterfaceName}}"/> instead, which a test can mock.
            /// </remarks>
            {{CSharpNames.GeneratedCodeAttribute}}
            public sealed partial class {{shape.ClientName}} : {{_qualifier}}{{shape.Root.InterfaceName}}
            {
                private readonly {{_sender}} _sender;

                /// <summary>Creates a client that sends its requests through <paramref name="httpClient"/>.</summary>
                /// <param name="httpClient">Sends the requests; its <c>BaseAddress</c>, when set, is the base URL unless the options give one.</param>
                /// <param name="options">The base URL, token, retry and time settings; read once, here.</param>
                /// <exception cref="global::System.ArgumentNullException"><paramref name="httpClient"/> or <paramref name="options"/> is null.</exception>
                /// <exception cref="global::System.ArgumentException">The options give no usable base URL.</exception>
                public {{shape.ClientName}}(global::System.Net.Http.HttpClient httpClient, {{options}} options)
                {
                    global::System.ArgumentNullException.ThrowIfNull(httpClient);
                    global::System.ArgumentNullException.ThrowIfNull(options);
                    var baseUrl = options.{{RuntimeNames.BaseUrlOption}} is { } replaced
                        ? {{_runtime}}{{RuntimeNames.HttpHelpers}}.BaseUrl(replaced, {{CSharpLiteral.String(shape.OptionsName + "." + RuntimeNames.BaseUrlOption)}})
                        : httpClient.BaseAddress is { } address
                            ? {{_runtime}}{{RuntimeNames.HttpHelpers}}.BaseUrl(address, "HttpClient.BaseAddress")
                            : {{BaseUrlExpression()}};
                    _sender = new {{_sender}}(httpClient, baseUrl, {{credentials}}, options.{{RuntimeNames.RetryOption}}, options.{{RuntimeNames.TimeProviderOption}});
            """);
        writer.Indent();
        writer.Indent();
        foreach (var child in shape.Root.Children)
        {
            writer.Line($"{child.PropertyName} = new {_qualifier}{child.ClassName}(_sender);");
        }

        writer.Close();
        EmitMembers(writer, shape.Root);
        writer.Lines($$"""

            /// <summary>The client name and base URL (never the access token).</summary>
            /// <returns>A description of this client.</returns>
            public override string ToString() => {{CSharpLiteral.String($"{shape.ClientName} {{ BaseUrl = ")}} + _sender.BaseUrl + " }";
            """);
        writer.Close();
        EmitInterfaces(writer, shape.Root, "client");
    }

    private void EmitMembers(SourceWriter writer, GroupShape group)
    {
        foreach (var child in group.Children)
        {
            writer.Lines($$"""

                /// <inheritdoc/>
                public {{_qualifier}}{{child.InterfaceName}} {{child.PropertyName}} { get; }
                """);
        }

        foreach (var operation in group.Operations)
        {
            writer.Line();
            _operations.EmitMembers(writer, operation);
        }
    }

    /// <summary>The group's interface: what code that calls the API takes, and a test mocks.</summary>
    private void EmitInterfaces(SourceWriter writer, GroupShape group, string path)
    {
        writer.Line();
        CSharpNames.Doc(writer, "summary", $"The operations of {path}, as the generated {group.ClassName} implements them; mock it to test code that calls the API.");
        writer.Lines($$"""
            {{CSharpNames.GeneratedCodeAttribute}}
            public partial interface {{group.InterfaceName}}
            {
            """);
        writer.Indent();
        var first = true;
        foreach (var child in group.Children)
        {
            writer.Lines($$"""
                {{(first ? string.Empty : "\n")}}/// <summary>The {{CSharpNames.Xml($"{path}.{child.PropertyName}")}} operations.</summary>
                {{_qualifier}}{{child.InterfaceName}} {{child.PropertyName}} { get; }
                """);
            first = false;
        }

        foreach (var operation in group.Operations)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            _operations.EmitInterfaceMembers(writer, operation);
        }

        writer.Close();
    }

    /// <summary>The description's base URL with each <c>{variable}</c> read from its options property.</summary>
    private string BaseUrlExpression()
    {
        var template = _shape.BaseUrl.TrimEnd('/');
        var parts = new List<string>();
        var literal = new StringBuilder();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            var variable = close < 0 ? null : FindVariable(template.Substring(open + 1, close - open - 1));
            if (variable is null)
            {
                var end = open < 0 ? template.Length : (close < 0 ? template.Length : close + 1);
                literal.Append(template, position, end - position);
                position = end;
                continue;
            }

            literal.Append(template, position, open - position);
            if (literal.Length > 0)
            {
                parts.Add(CSharpLiteral.String(literal.ToString()));
                literal.Clear();
            }

            parts.Add($"{_runtime}{RuntimeNames.HttpHelpers}.Variable(options.{variable.PropertyName}, {CSharpLiteral.String(variable.PropertyName)}, {CSharpLiteral.String(_shape.OptionsName)})");
            position = close + 1;
        }

        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add(CSharpLiteral.String(literal.ToString()));
        }

        return string.Join(" + ", parts);
    }

    private BaseUrlVariableShape? FindVariable(string name)
    {
        foreach (var variable in _shape.Variables)
        {
            if (variable.Name == name)
            {
                return variable;
            }
        }

        return null;
    }

    private void EmitOptions(SourceWriter writer)
    {
        var shape = _shape;
        var runtime = _runtime;
        writer.Lines($$"""
            /// <summary>Settings of <see cref="{{_qualifier}}{{shape.ClientName}}"/>: base URL, access token, retries, time.</summary>
            {{CSharpNames.GeneratedCodeAttribute}}
            public sealed class {{shape.OptionsName}}
            {
            """);
        writer.Indent();
        foreach (var variable in shape.Variables)
        {
            var about = variable.Description is null ? "." : $": {variable.Description}";
            var fallback = variable.Default is null ? string.Empty : $"\nDefault: {variable.Default}.";
            CSharpNames.Doc(writer, "summary", $"The {{{variable.Name}}} of the base URL {shape.BaseUrl}{about}{fallback}");
            var initializer = variable.Default is null ? string.Empty : $" = {CSharpLiteral.String(variable.Default)};";
            writer.Lines($$"""
                /// <example>{{CSharpNames.Xml(variable.Example)}}</example>
                public string? {{variable.PropertyName}} { get; set; }{{initializer}}

                """);
        }

        writer.Lines($$"""
            /// <summary>Replaces the base URL <c>{{CSharpNames.Xml(shape.BaseUrl)}}</c> entirely (a test server, a proxy); the base URL variables are then ignored.</summary>
            public global::System.Uri? {{RuntimeNames.BaseUrlOption}} { get; set; }

            """);
        foreach (var credential in shape.Credentials)
        {
            EmitCredentialOptions(writer, credential);
        }

        writer.Lines($$"""
            /// <summary>When and how long to retry throttled and failed calls.</summary>
            public {{runtime}}{{RuntimeNames.RetryOptions}} {{RuntimeNames.RetryOption}} { get; set; } = new {{runtime}}{{RuntimeNames.RetryOptions}}();

            /// <summary>The clock retries wait on; tests pass a fake one.</summary>
            public global::System.TimeProvider {{RuntimeNames.TimeProviderOption}} { get; set; } = global::System.TimeProvider.System;

            /// <summary>The settings, with the access token hidden.</summary>
            /// <returns>A description of these settings.</returns>
            public override string ToString()
            {
                var builder = new global::System.Text.StringBuilder({{CSharpLiteral.String($"{shape.OptionsName} {{")}});
            """);
        writer.Indent();
        foreach (var variable in shape.Variables)
        {
            writer.Line($"""builder.Append({CSharpLiteral.String($" {variable.PropertyName} = ")}).Append({variable.PropertyName} ?? "null").Append(',');""");
        }

        writer.Line("""builder.Append(" BaseUrl = ").Append(BaseUrl?.ToString() ?? "null");""");
        foreach (var credential in shape.Credentials)
        {
            // A bearer token keeps today's words; a username is not a secret, but shown it would name the account.
            writer.Line($"""builder.Append({CSharpLiteral.String($", {credential.Property} = ")}).Append({credential.Property} is null ? "null" : {CSharpLiteral.String(credential.Kind == CredentialKind.Basic ? "(set)" : "(hidden)")});""");
            if (credential.SecondProperty is { } second)
            {
                writer.Line($"""builder.Append({CSharpLiteral.String($", {second} = ")}).Append({second} is null ? "null" : {CSharpLiteral.String(credential.Kind == CredentialKind.Bearer ? "(set)" : "(hidden)")});""");
            }
        }

        writer.Lines("""
            builder.Append(", Retry = ").Append(Retry?.ToString() ?? "null").Append(" }");
            return builder.ToString();
            """);
        writer.Close();
        writer.Close();
    }

    /// <summary>
    /// What the sender is built with: the token and provider when the only credential is a bearer token (or there is
    /// none), else one runtime credential per scheme, in the shape's order (operations name them by index).
    /// </summary>
    private string CredentialsArgument()
    {
        var credentials = _shape.Credentials;
        if (credentials.IsEmpty)
        {
            return "null, null";
        }

        if (credentials.Count == 1 && credentials[0] is { Kind: CredentialKind.Bearer } only)
        {
            return $"options.{only.Property}, options.{only.SecondProperty}";
        }

        var credential = $"{_runtime}{RuntimeNames.Credential}";
        var items = new List<string>();
        foreach (var shape in credentials)
        {
            items.Add(shape.Kind switch
            {
                CredentialKind.Bearer => $"{credential}.Bearer(options.{shape.Property}, options.{shape.SecondProperty})",
                CredentialKind.Basic => $"{credential}.Basic(options.{shape.Property}, options.{shape.SecondProperty}, {OptionText(shape.Property)}, {OptionText(shape.SecondProperty!)})",
                _ => $"{credential}.ApiKey({credential}.{shape.In}, {CSharpLiteral.String(shape.KeyName!)}, options.{shape.Property}, {OptionText(shape.Property)})",
            });
        }

        return $"new {credential}[] {{ {string.Join(", ", items)} }}";
    }

    /// <summary><c>"ClientOptions.Password"</c>: how a message names an option (never its value).</summary>
    private string OptionText(string property) => CSharpLiteral.String($"{_shape.OptionsName}.{property}");

    private static void EmitCredentialOptions(SourceWriter writer, CredentialShape credential)
    {
        switch (credential.Kind)
        {
            case CredentialKind.Bearer:
                writer.Line($"""/// <summary>A fixed bearer token, sent as <c>Authorization: Bearer</c>. <see cref="{credential.SecondProperty}"/> wins when both are set.</summary>""");
                WriteSchemeRemarks(writer, credential);
                writer.Lines($$"""
                    public string? {{credential.Property}} { get; set; }

                    /// <summary>Gets the bearer token before every attempt (so a refreshed token is used on retries). Neither set: no Authorization header is sent.</summary>
                    public global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? {{credential.SecondProperty}} { get; set; }

                    """);
                break;
            case CredentialKind.Basic:
                CSharpNames.Doc(writer, "summary", $"The HTTP basic username of scheme '{credential.Scheme}' (without ':'); an operation that sends it fails without it.");
                WriteSchemeRemarks(writer, credential);
                writer.Line($"public string? {credential.Property} {{ get; set; }}");
                writer.Line();
                CSharpNames.Doc(writer, "summary", $"The HTTP basic password of scheme '{credential.Scheme}', sent with {credential.Property} as Authorization: Basic.");
                writer.Line($"public string? {credential.SecondProperty} {{ get; set; }}");
                writer.Line();
                break;
            default:
                var place = credential.In switch
                {
                    ApiKeyLocation.Header => "the header",
                    ApiKeyLocation.Query => "the query parameter",
                    _ => "the cookie",
                };
                CSharpNames.Doc(writer, "summary", $"The API key of scheme '{credential.Scheme}', sent in {place} {credential.KeyName}; an operation that sends it fails without it.");
                WriteSchemeRemarks(writer, credential);
                writer.Line($"public string? {credential.Property} {{ get; set; }}");
                writer.Line();
                break;
        }
    }

    private static void WriteSchemeRemarks(SourceWriter writer, CredentialShape credential)
    {
        if (credential.Description is not null)
        {
            CSharpNames.Doc(writer, "remarks", credential.Description);
        }
    }
}
