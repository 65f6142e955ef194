using System.Collections.Generic;
using HookSnippets.ClientShape;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;

namespace HookSnippets.Generator.Emitter;

/// <summary>
/// Emits one operation method: arguments checked and the URL, headers and body built before anything is sent, then
/// one call to the request sender and the response read. Locals end with <c>_</c>, which no argument name can.
/// </summary>
internal sealed class OperationEmitter
{
    private readonly CSharpClientShape _shape;
    private readonly JsonEmitter _json;
    private readonly string _qualifier;
    private readonly string _runtime;
    private readonly string _http;

    /// <param name="runtime">The qualifier of the namespace holding the shared runtime types.</param>
    public OperationEmitter(CSharpClientShape shape, JsonEmitter json, string runtime)
    {
        _shape = shape;
        _json = json;
        _qualifier = CSharpNames.Qualifier(shape.Namespace);
        _runtime = runtime;
        _http = $"{runtime}{RuntimeNames.HttpHelpers}";
    }

    public void Emit(SourceWriter writer, OperationShape operation)
    {
        EmitDocs(writer, operation);
        writer.Open($"public async {ReturnType(operation)} {operation.MethodName}({Arguments(operation)})");
        EmitBody(writer, operation);
        EmitUrl(writer, operation);
        EmitHeaders(writer, operation);
        var body = operation.Body is null ? "null" : "body_";
        var headers = HasHeaders(operation) ? "headers_" : "null";
        var idempotent = operation.IsIdempotent ? "true" : "false";
        var sent = SendsJsonWithEveryCredential(operation)
            ? $"{body}, {headers}"
            : $"{body}, {ContentType(operation)}, {headers}, {Credentials(operation)}";
        var call = $"await _sender.SendAsync({CSharpLiteral.String(operation.Id)}, {Method(operation.HttpMethod)}, url_.ToString(), {sent}, {idempotent}, cancellationToken).ConfigureAwait(false);";
        if (operation.ResultType is not { } result)
        {
            writer.Line(call);
        }
        else
        {
            var parse = $"{_runtime}{RuntimeNames.JsonHelpers}.Parse<{CSharpNames.TypeName(result, _qualifier)}>(response_, {_json.ReadDelegate(result, 0)})";
            var returned = operation.ResultIsOptional ? $"response_.Length == 0 ? null : {parse}" : parse;
            writer.Lines($"""
                var response_ = {call}
                return {returned};
                """);
        }

        writer.Close();
    }

    private string ReturnType(OperationShape operation) => operation.ResultType is { } result
        ? $"global::System.Threading.Tasks.Task<{CSharpNames.TypeName(result, _qualifier)}{(operation.ResultIsOptional ? "?" : string.Empty)}>"
        : "global::System.Threading.Tasks.Task";

    private string Arguments(OperationShape operation)
    {
        var arguments = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var type = parameter.Type.Kind == TypeKind.Multipart
                ? $"{_runtime}{RuntimeNames.MultipartFormData}"
                : CSharpNames.TypeName(parameter.Type, _qualifier, argument: true);
            arguments.Add(parameter.Required ? $"{type} {parameter.ArgumentName}" : $"{type}? {parameter.ArgumentName} = null");
        }

        arguments.Add("global::System.Threading.CancellationToken cancellationToken = default");
        return string.Join(", ", arguments);
    }

    private void EmitBody(SourceWriter writer, OperationShape operation)
    {
        if (operation.Body is not { } body)
        {
            return;
        }

        var value = Local(body.ArgumentName);
        writer.Line("byte[]? body_ = null;");
        if (operation.BodyKind == BodyKind.Multipart)
        {
            writer.Line("string? contentType_ = null;");
        }

        if (body.Required && !body.Type.IsValueType)
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({body.ArgumentName});");
        }

        OpenPresent(writer, body, value);
        switch (operation.BodyKind)
        {
            case BodyKind.Text:
                writer.Line($"body_ = {_http}.Utf8({value}, nameof({body.ArgumentName}));");
                writer.Close();
                writer.Line();
                return;
            case BodyKind.File:
                writer.Line($"body_ = await {_http}.ReadAllAsync({value}, cancellationToken).ConfigureAwait(false);");
                writer.Close();
                writer.Line();
                return;
            case BodyKind.Multipart:
                writer.Line($"(body_, contentType_) = await {_runtime}{RuntimeNames.MultipartWriter}.WriteAsync({value}, {DeclaredPartTypes(operation)}, nameof({body.ArgumentName}), cancellationToken).ConfigureAwait(false);");
                writer.Close();
                writer.Line();
                return;
        }

        var written = value;
        if (body.Type.Kind == TypeKind.List)
        {
            // Materialized once: an IEnumerable may not be enumerable twice (count, then write).
            written = $"{body.ArgumentName.TrimStart('@')}Items_";
            writer.Line($"var {written} = new global::System.Collections.Generic.List<{CSharpNames.TypeName(body.Type.Element!, _qualifier)}>({value});");
        }

        EmitCountCheck(writer, body.Type, written, body.ArgumentName);
        writer.Lines($$"""
            var buffer_ = new global::System.Buffers.ArrayBufferWriter<byte>();
            using (var writer_ = {{_runtime}}{{RuntimeNames.JsonBody}}.CreateWriter(buffer_))
            {
            """);
        writer.Indent();
        _json.WriteValue(writer, body.Type, written, 0, "_");
        writer.Close();
        writer.Line();
        writer.Line(operation.BodyKind == BodyKind.Form
            ? $"body_ = {_runtime}{RuntimeNames.FormBody}.Encode(buffer_.WrittenSpan, {FieldNames(operation, ParameterStyle.DeepObject)}, {FieldNames(operation, ParameterStyle.Comma)}, nameof({body.ArgumentName}));"
            : "body_ = buffer_.WrittenSpan.ToArray();");
        writer.Close();
        writer.Line();
    }

    private void EmitCountCheck(SourceWriter writer, TypeRef type, string value, string argumentName)
    {
        if (type.MinCount is null && type.MaxCount is null)
        {
            return;
        }

        string count;
        string keyword;
        string unit;
        string units;
        switch (type.Kind)
        {
            case TypeKind.Map:
                (count, keyword, unit, units) = ($"{value}.Count", "Properties", "entry", "entries");
                break;
            case TypeKind.List:
                (count, keyword, unit, units) = ($"{value}.Count", "Items", "item", "items");
                break;
            case TypeKind.Record:
                (count, keyword, unit, units) = ($"{_qualifier}{RuntimeNames.JsonClassOf(_shape.ClientName)}.Count{type.Name}({value})", "Properties", "member set", "members set");
                break;
            default:
                return;
        }

        writer.Line($"{_http}.CheckCount({count}, {Number(type.MinCount)}, {Number(type.MaxCount)}, {CSharpLiteral.String(keyword)}, {CSharpLiteral.String(unit)}, {CSharpLiteral.String(units)}, nameof({argumentName}));");
    }

    private void EmitUrl(SourceWriter writer, OperationShape operation)
    {
        writer.Line("var url_ = new global::System.Text.StringBuilder(_sender.BaseUrl);");
        foreach (var part in operation.PathParts)
        {
            if (part.Kind == PathPartKind.Literal)
            {
                writer.Line($"url_.Append({CSharpLiteral.String(part.Value)});");
                continue;
            }

            var parameter = Find(operation, part.Value);
            var text = parameter.Type.Kind == TypeKind.String ? parameter.ArgumentName : Text(parameter.Type, parameter.ArgumentName);
            writer.Line($"url_.Append({_http}.PathSegment({text}, nameof({parameter.ArgumentName})));");
        }

        var first = true;
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Kind != ParameterKind.Query)
            {
                continue;
            }

            if (first)
            {
                writer.Line("var hasQuery_ = false;");
                first = false;
            }

            var name = CSharpLiteral.String(parameter.Name);
            var value = Local(parameter.ArgumentName);
            if (parameter.Required && !parameter.Type.IsValueType)
            {
                writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.ArgumentName});");
            }

            if (parameter.Type.Kind != TypeKind.List)
            {
                WritePresent(writer, parameter, value, $"{_http}.AppendQuery(url_, ref hasQuery_, {name}, {_http}.Encode({Text(parameter.Type, value)}));");
                continue;
            }

            OpenPresent(writer, parameter, value);
            var values = $"{parameter.ArgumentName.TrimStart('@')}Encoded_";
            writer.Lines($$"""
                var {{values}} = new global::System.Collections.Generic.List<string>();
                foreach (var item_ in {{value}})
                {
                    {{values}}.Add({{_http}}.Encode({{Text(parameter.Type.Element!, "item_")}}));
                }
                """);
            EmitCountCheck(writer, parameter.Type with { Kind = TypeKind.List }, values, parameter.ArgumentName);
            if (parameter.Style == ParameterStyle.Comma)
            {
                writer.Lines($$"""
                    if ({{values}}.Count > 0)
                    {
                        {{_http}}.AppendQuery(url_, ref hasQuery_, {{name}}, string.Join(",", {{values}}));
                    }
                    """);
            }
            else
            {
                writer.Lines($$"""
                    foreach (var encoded_ in {{values}})
                    {
                        {{_http}}.AppendQuery(url_, ref hasQuery_, {{name}}, encoded_);
                    }
                    """);
            }

            writer.Close();
        }

        writer.Line();
    }

    private void EmitHeaders(SourceWriter writer, OperationShape operation)
    {
        if (!HasHeaders(operation))
        {
            return;
        }

        writer.Line("var headers_ = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();");
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Kind != ParameterKind.Header)
            {
                continue;
            }

            var value = Local(parameter.ArgumentName);
            if (parameter.Required && !parameter.Type.IsValueType)
            {
                writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.ArgumentName});");
            }

            WritePresent(writer, parameter, value, $"headers_.Add(new global::System.Collections.Generic.KeyValuePair<string, string>({CSharpLiteral.String(parameter.Name)}, {_http}.HeaderValue({Text(parameter.Type, value)}, nameof({parameter.ArgumentName}))));");
        }

        writer.Line();
    }

    /// <summary>
    /// Opens the block that handles an argument's value as <paramref name="local"/>: an <c>if</c> when it may be null,
    /// a plain block for a required one (checked for null before).
    /// </summary>
    private static void OpenPresent(SourceWriter writer, ParameterShape parameter, string local)
    {
        if (parameter.Required)
        {
            writer.Line("{");
            writer.Indent();
            writer.Line($"var {local} = {parameter.ArgumentName};");
            return;
        }

        writer.Open($"if ({parameter.ArgumentName} is {{ }} {local})");
    }

    /// <summary>
    /// <paramref name="statement"/> on an argument's value as <paramref name="local"/>; an optional argument's takes one
    /// line (<c>if (x is { } local) statement</c>), as most of the per-operation code is these.
    /// </summary>
    private static void WritePresent(SourceWriter writer, ParameterShape parameter, string local, string statement)
    {
        if (!parameter.Required)
        {
            writer.Line($"if ({parameter.ArgumentName} is {{ }} {local}) {statement}");
            return;
        }

        OpenPresent(writer, parameter, local);
        writer.Line(statement);
        writer.Close();
    }

    /// <summary>The wire text of a scalar: invariant numbers, lower-case booleans, enum wire values.</summary>
    private string Text(TypeRef type, string expression) => type.Kind == TypeKind.Enum
        ? $"{_qualifier}{RuntimeNames.JsonClassOf(_shape.ClientName)}.ToWire({expression})"
        : $"{_http}.Format({expression})";

    private void EmitDocs(SourceWriter writer, OperationShape operation)
    {
        CSharpNames.Doc(writer, "summary", operation.Summary ?? operation.Id);
        var remarks = new List<string>();
        if (operation.Deprecated)
        {
            // Documented, not [Obsolete]: the whole hooks API is deprecated, and [Obsolete] would fail every
            // warnings-as-errors build that calls it.
            remarks.Add("Deprecated by the API.");
        }

        if (operation.Description is not null)
        {
            remarks.Add(operation.Description);
        }

        remarks.Add($"{operation.HttpMethod} {operation.Path}{(operation.Scopes.IsEmpty ? "." : $"; scopes: {string.Join(", ", operation.Scopes)}.")}");
        if (!operation.Errors.IsEmpty)
        {
            var errors = new List<string>();
            foreach (var error in operation.Errors)
            {
                errors.Add($"{error.Status} {error.Message.TrimEnd('.')}");
            }

            remarks.Add($"Errors: {string.Join("; ", errors)}.");
        }

        CSharpNames.Doc(writer, "remarks", string.Join("\n\n", remarks));
        foreach (var parameter in operation.Parameters)
        {
            var fallback = parameter.Kind switch
            {
                ParameterKind.Body => "The request body.",
                ParameterKind.Path => $"The {parameter.Name} path segment.",
                ParameterKind.Query => $"The {parameter.Name} query parameter; not sent when null.",
                _ => $"The {parameter.Name} header; not sent when null.",
            };
            CSharpNames.Doc(writer, "param", parameter.Description ?? fallback, $" name=\"{parameter.ArgumentName.TrimStart('@')}\"");
        }

        writer.Line("""/// <param name="cancellationToken">Cancels the call, including the waits between retries.</param>""");
        if (operation.ResultType is { } result)
        {
            var optional = operation.ResultIsOptional ? ", or null when the answer has no body" : string.Empty;
            writer.Line($"/// <returns>The {CSharpNames.Xml(result.Name ?? DisplayName(result))} the API answered{optional}.</returns>");
        }
        else
        {
            writer.Line("/// <returns>A task that completes when the API has answered with a success status.</returns>");
        }

        writer.Lines($"""
            /// <exception cref="{_runtime}{RuntimeNames.ApiException}">The API answered with an error status (after any retries).</exception>
            /// <exception cref="global::System.ArgumentException">An argument is invalid; nothing was sent.</exception>
            """);
    }

    private static string DisplayName(TypeRef type) => type.Kind switch
    {
        TypeKind.Map => $"map of {DisplayName(type.Element!)}",
        TypeKind.List => $"list of {DisplayName(type.Element!)}",
        TypeKind.Json => "JSON value",
        _ => type.Name ?? type.Kind.ToString().ToLowerInvariant(),
    };

    private static bool HasHeaders(OperationShape operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Kind == ParameterKind.Header)
            {
                return true;
            }
        }

        return false;
    }

    private static ParameterShape Find(OperationShape operation, string argumentName)
    {
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.ArgumentName == argumentName)
            {
                return parameter;
            }
        }

        return operation.Parameters[0];
    }

    /// <summary>A local holding an argument's value: <c>@class</c> gives <c>classValue_</c>.</summary>
    private static string Local(string argumentName) => $"{argumentName.TrimStart('@')}Value_";

    private static string Number(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    private static string Method(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        _ => $"new global::System.Net.Http.HttpMethod({CSharpLiteral.String(method)})",
    };

    /// <summary>
    /// True when the call is what every call was before other auth schemes and body kinds: no body or an
    /// <c>application/json</c> one, sent with every credential of the client (the sender's short overload).
    /// </summary>
    private bool SendsJsonWithEveryCredential(OperationShape operation)
    {
        if (operation.Body is { } body && (operation.BodyKind != BodyKind.Json || body.Name != "application/json"))
        {
            return false;
        }

        if (operation.Credentials.Count != _shape.Credentials.Count)
        {
            return false;
        }

        for (var i = 0; i < operation.Credentials.Count; i++)
        {
            if (operation.Credentials[i] != i)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The Content-Type header value: the body's media type as declared, the multipart writer's (with its boundary).</summary>
    private static string ContentType(OperationShape operation) => operation.Body switch
    {
        null => "null",
        _ when operation.BodyKind == BodyKind.Multipart => "contentType_",
        { } body => CSharpLiteral.String(body.Name),
    };

    private static string Credentials(OperationShape operation)
    {
        if (operation.Credentials.IsEmpty)
        {
            return "global::System.Array.Empty<int>()";
        }

        var indices = new List<string>();
        foreach (var index in operation.Credentials)
        {
            indices.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return $"new int[] {{ {string.Join(", ", indices)} }}";
    }

    /// <summary>The form fields of <paramref name="style"/> as a <c>string[]</c>, or <c>null</c> when there are none.</summary>
    private static string FieldNames(OperationShape operation, ParameterStyle style)
    {
        var names = new List<string>();
        foreach (var field in operation.BodyFields)
        {
            if (field.Style == style)
            {
                names.Add(CSharpLiteral.String(field.Field));
            }
        }

        return names.Count == 0 ? "null" : $"new string[] {{ {string.Join(", ", names)} }}";
    }

    /// <summary>The Content-Type the description gives each multipart field, as a dictionary, or <c>null</c> when it gives none.</summary>
    private static string DeclaredPartTypes(OperationShape operation)
    {
        var entries = new List<string>();
        foreach (var field in operation.BodyFields)
        {
            if (field.ContentType is { } contentType)
            {
                entries.Add($"[{CSharpLiteral.String(field.Field)}] = {CSharpLiteral.String(contentType)}");
            }
        }

        return entries.Count == 0
            ? "null"
            : $"new global::System.Collections.Generic.Dictionary<string, string> {{ {string.Join(", ", entries)} }}";
    }
}
