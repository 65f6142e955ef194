using System.Collections.Generic;
using System.Text;
using HookSnippets.ClientShape;
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
        _sender = runtime + RuntimeNames.RequestSender;
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
        CSharpNames.Doc(writer, "summary", "The " + id + " operations of " + _shape.ClientName + " (client." + id + ").");
        writer.Line(CSharpNames.GeneratedCodeAttribute);
        writer.Open("public sealed partial class " + group.ClassName);
        writer.Line("private readonly " + _sender + " _sender;");
        writer.Line();
        writer.Open("internal " + group.ClassName + "(" + _sender + " sender)");
        writer.Line("_sender = sender;");
        foreach (var child in group.Children)
        {
            writer.Line(child.PropertyName + " = new " + _qualifier + child.ClassName + "(sender);");
        }

        writer.Close();
        EmitMembers(writer, group, id);
        writer.Close();
        return writer.ToString();
    }

    private void EmitClientClass(SourceWriter writer)
    {
        var shape = _shape;
        var options = _qualifier + shape.OptionsName;
        var summary = shape.Title ?? shape.ClientName;
        CSharpNames.Doc(writer, "summary", shape.Description is null ? summary : summary + "\n\n" + shape.Description);
        writer.Line("/// <remarks>");
        writer.Line("/// Construct it with an <see cref=\"global::System.Net.Http.HttpClient\"/> and <see cref=\"" + options + "\"/>; with");
        writer.Line("/// dependency injection, register the options instance and use <c>services.AddHttpClient&lt;" + shape.ClientName + "&gt;()</c>.");
        writer.Line("/// </remarks>");
        writer.Line(CSharpNames.GeneratedCodeAttribute);
        writer.Open("public sealed partial class " + shape.ClientName);
        writer.Line("private readonly " + _sender + " _sender;");
        writer.Line();
        writer.Line("/// <summary>Creates a client that sends its requests through <paramref name=\"httpClient\"/>.</summary>");
        writer.Line("/// <param name=\"httpClient\">Sends the requests; its <c>BaseAddress</c> is not used.</param>");
        writer.Line("/// <param name=\"options\">The base URL, token, retry and time settings; read once, here.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"httpClient\"/> or <paramref name=\"options\"/> is null.</exception>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The options give no usable base URL.</exception>");
        writer.Open("public " + shape.ClientName + "(global::System.Net.Http.HttpClient httpClient, " + options + " options)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(httpClient);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
        writer.Line("var baseUrl = options." + RuntimeNames.BaseUrlOption + " is { } replaced");
        writer.Indent();
        writer.Line("? " + _runtime + RuntimeNames.HttpHelpers + ".BaseUrl(replaced, " + CSharpLiteral.String(shape.OptionsName) + ")");
        writer.Line(": " + BaseUrlExpression() + ";");
        writer.Outdent();
        var token = shape.Auth is null ? "null, null" : "options." + RuntimeNames.AccessTokenOption + ", options." + RuntimeNames.AccessTokenProviderOption;
        writer.Line("_sender = new " + _sender + "(httpClient, baseUrl, " + token + ", options." + RuntimeNames.RetryOption + ", options." + RuntimeNames.TimeProviderOption + ");");
        foreach (var child in shape.Root.Children)
        {
            writer.Line(child.PropertyName + " = new " + _qualifier + child.ClassName + "(_sender);");
        }

        writer.Close();
        EmitMembers(writer, shape.Root, string.Empty);
        writer.Line();
        writer.Line("/// <summary>The client name and base URL (never the access token).</summary>");
        writer.Line("/// <returns>A description of this client.</returns>");
        writer.Line("public override string ToString() => " + CSharpLiteral.String(shape.ClientName + " { BaseUrl = ") + " + _sender.BaseUrl + \" }\";");
        writer.Close();
    }

    private void EmitMembers(SourceWriter writer, GroupShape group, string id)
    {
        foreach (var child in group.Children)
        {
            var childId = id.Length == 0 ? child.PropertyName : id + "." + child.PropertyName;
            writer.Line();
            writer.Line("/// <summary>The " + CSharpNames.Xml(childId) + " operations.</summary>");
            writer.Line("public " + _qualifier + child.ClassName + " " + child.PropertyName + " { get; }");
        }

        foreach (var operation in group.Operations)
        {
            writer.Line();
            _operations.Emit(writer, operation);
        }
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

            parts.Add(_runtime + RuntimeNames.HttpHelpers + ".Variable(options." + variable.PropertyName + ", "
                + CSharpLiteral.String(variable.PropertyName) + ", " + CSharpLiteral.String(_shape.OptionsName) + ")");
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
        var baseUrl = CSharpNames.Xml(shape.BaseUrl);
        writer.Line("/// <summary>Settings of <see cref=\"" + _qualifier + shape.ClientName + "\"/>: base URL, access token, retries, time.</summary>");
        writer.Line(CSharpNames.GeneratedCodeAttribute);
        writer.Open("public sealed class " + shape.OptionsName);
        foreach (var variable in shape.Variables)
        {
            var text = "The {" + variable.Name + "} of the base URL " + shape.BaseUrl + (variable.Description is null ? "." : ": " + variable.Description)
                + (variable.Default is null ? string.Empty : "\nDefault: " + variable.Default + ".");
            CSharpNames.Doc(writer, "summary", text);
            writer.Line("/// <example>" + CSharpNames.Xml(variable.Example) + "</example>");
            writer.Line("public string? " + variable.PropertyName + " { get; set; }" + (variable.Default is null ? string.Empty : " = " + CSharpLiteral.String(variable.Default) + ";"));
            writer.Line();
        }

        writer.Line("/// <summary>Replaces the base URL <c>" + baseUrl + "</c> entirely (a test server, a proxy); the base URL variables are then ignored.</summary>");
        writer.Line("public global::System.Uri? " + RuntimeNames.BaseUrlOption + " { get; set; }");
        writer.Line();
        if (shape.Auth is { } auth)
        {
            writer.Line("/// <summary>A fixed bearer token, sent as <c>Authorization: Bearer</c>. <see cref=\"" + RuntimeNames.AccessTokenProviderOption + "\"/> wins when both are set.</summary>");
            if (auth.Description is not null)
            {
                CSharpNames.Doc(writer, "remarks", auth.Description);
            }

            writer.Line("public string? " + RuntimeNames.AccessTokenOption + " { get; set; }");
            writer.Line();
            writer.Line("/// <summary>Gets the bearer token before every attempt (so a refreshed token is used on retries). Neither set: no Authorization header is sent.</summary>");
            writer.Line("public global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? " + RuntimeNames.AccessTokenProviderOption + " { get; set; }");
            writer.Line();
        }

        writer.Line("/// <summary>When and how long to retry throttled and failed calls.</summary>");
        writer.Line("public " + _runtime + RuntimeNames.RetryOptions + " " + RuntimeNames.RetryOption + " { get; set; } = new " + _runtime + RuntimeNames.RetryOptions + "();");
        writer.Line();
        writer.Line("/// <summary>The clock retries wait on; tests pass a fake one.</summary>");
        writer.Line("public global::System.TimeProvider " + RuntimeNames.TimeProviderOption + " { get; set; } = global::System.TimeProvider.System;");
        writer.Line();
        writer.Line("/// <summary>The settings, with the access token hidden.</summary>");
        writer.Line("/// <returns>A description of these settings.</returns>");
        writer.Open("public override string ToString()");
        writer.Line("var builder = new global::System.Text.StringBuilder(" + CSharpLiteral.String(shape.OptionsName + " {") + ");");
        foreach (var variable in shape.Variables)
        {
            writer.Line("builder.Append(" + CSharpLiteral.String(" " + variable.PropertyName + " = ") + ").Append(" + variable.PropertyName + " ?? \"null\").Append(',');");
        }

        writer.Line("builder.Append(\" BaseUrl = \").Append(BaseUrl?.ToString() ?? \"null\");");
        if (shape.Auth is not null)
        {
            writer.Line("builder.Append(\", AccessToken = \").Append(AccessToken is null ? \"null\" : \"(hidden)\");");
            writer.Line("builder.Append(\", AccessTokenProvider = \").Append(AccessTokenProvider is null ? \"null\" : \"(set)\");");
        }

        writer.Line("builder.Append(\", Retry = \").Append(Retry?.ToString() ?? \"null\").Append(\" }\");");
        writer.Line("return builder.ToString();");
        writer.Close();
        writer.Close();
    }
}
