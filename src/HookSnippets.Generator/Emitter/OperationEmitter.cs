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

    /// <summary>The class's members for one operation: the method holding the request code, and the paging method.</summary>
    public void EmitMembers(SourceWriter writer, OperationShape operation)
    {
        writer.Line("/// <inheritdoc/>");
        // Only a body read from a stream awaits before sending; every other method returns the sender's task, so the
        // client compiles no async state machine per operation (the runtime's ParseAsync is the one they share).
        var awaits = operation.BodyKind is BodyKind.File or BodyKind.Multipart;
        writer.Open($"public {(awaits ? "async " : string.Empty)}{ReturnType(operation)} {operation.MethodName}({Arguments(operation)})");
        EmitBody(writer, operation);
        EmitUrl(writer, operation);
        EmitHeaders(writer, operation);
        var body = operation.Body is null ? "null" : "body_";
        var headers = HasParameter(operation, ParameterKind.Header) ? "headers_" : "null";
        var idempotent = operation.IsIdempotent ? "true" : "false";
        var sent = SendsJsonWithEveryCredential(operation)
            ? $"{body}, {headers}"
            : $"{body}, {ContentType(operation)}, {headers}, {Credentials(operation)}";
        var url = HasParameter(operation, ParameterKind.Query) ? "url_.ToString()" : "url_";
        var send = $"_sender.SendAsync({CSharpLiteral.String(operation.Id)}, {Method(operation.HttpMethod)}, {url}, {sent}, {idempotent}, {RuntimeNames.RequestOptionsArgument}, cancellationToken)";
        if (operation.ResultType is not { } type)
        {
            writer.Line(awaits ? $"await {send}.ConfigureAwait(false);" : $"return {send};");
        }
        else
        {
            var typeName = ResultTypeName(operation, type);
            var read = operation.ResultIsOptional && type.IsValueType
                ? $"static (ref global::System.Text.Json.Utf8JsonReader reader_) => ({typeName}){_json.ReadValue(type, "reader_", 0)}"
                : _json.ReadDelegate(type, 0);
            var parse = $"{_runtime}{RuntimeNames.JsonHelpers}.ParseAsync<{typeName}>({send}, {CSharpLiteral.String(operation.Id)}, {read}, {(operation.ResultIsOptional ? "true" : "false")})";
            writer.Line(awaits ? $"return await {parse}.ConfigureAwait(false);" : $"return {parse};");
        }

        writer.Close();
        if (operation.Paging is { } paging)
        {
            writer.Line();
            EmitPagingMethod(writer, operation, paging);
        }
    }

    /// <summary>The operation's declarations in the group's interface.</summary>
    public void EmitInterfaceMembers(SourceWriter writer, OperationShape operation)
    {
        EmitDocs(writer, operation);
        writer.Line($"{ReturnType(operation)} {operation.MethodName}({Arguments(operation)});");
        if (operation.Paging is { } paging && PagingTypes(operation) is { } types)
        {
            writer.Line();
            EmitPagingDocs(writer, operation, paging);
            writer.Line($"{_runtime}{RuntimeNames.Pager}<{types.Item}> {paging.MethodName}({Arguments(operation, paging)});");
        }
    }

    private string ReturnType(OperationShape operation) => operation.ResultType is { } result
        ? $"global::System.Threading.Tasks.Task<{ResultTypeName(operation, result)}>"
        : "global::System.Threading.Tasks.Task";

    private string ResultTypeName(OperationShape operation, TypeRef result) =>
        CSharpNames.TypeName(result, _qualifier) + (operation.ResultIsOptional ? "?" : string.Empty);

    private string Arguments(OperationShape operation, PagingShape? except = null)
    {
        var arguments = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            if (except is not null && IsSetByPager(except, parameter))
            {
                continue;
            }

            var type = parameter.Type.Kind == TypeKind.Multipart
                ? $"{_runtime}{RuntimeNames.MultipartFormData}"
                : CSharpNames.TypeName(parameter.Type, _qualifier, argument: true);
            arguments.Add(parameter.Required ? $"{type} {parameter.ArgumentName}" : $"{type}? {parameter.ArgumentName} = null");
        }

        arguments.Add($"{_runtime}{RuntimeNames.RequestOptions}? {RuntimeNames.RequestOptionsArgument} = null");
        if (except is null)
        {
            arguments.Add("global::System.Threading.CancellationToken cancellationToken = default");
        }

        return string.Join(", ", arguments);
    }

    private static bool IsSetByPager(PagingShape paging, ParameterShape parameter) =>
        parameter.Kind == ParameterKind.Query
        && (parameter.ArgumentName == paging.PageArgument || parameter.ArgumentName == paging.IncludeTotalsArgument || parameter.ArgumentName == paging.CursorArgument);

    /// <summary>
    /// <c>ListAllAsync</c>: one expression handing the runtime's loop for the style a fetch of one page (the method,
    /// with the pager's own arguments) and lambdas reading the answer's members.
    /// </summary>
    private void EmitPagingMethod(SourceWriter writer, OperationShape operation, PagingShape paging)
    {
        if (PagingTypes(operation) is not { } types)
        {
            return;
        }

        var arguments = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var value = parameter.ArgumentName == paging.PageArgument ? "page_"
                : parameter.ArgumentName == paging.CursorArgument ? "cursor_"
                : parameter.ArgumentName == paging.IncludeTotalsArgument ? "true"
                : parameter.ArgumentName;
            arguments.Add($"{parameter.ArgumentName}: {value}");
        }

        arguments.Add($"{RuntimeNames.RequestOptionsArgument}: requestOptions_");
        arguments.Add("cancellationToken: cancellationToken_");
        var lead = paging.Style switch
        {
            PaginationStyle.Offset => "page_, ",
            PaginationStyle.Link => string.Empty,
            _ => "cursor_, ",
        };
        var fetch = $"({lead}requestOptions_, cancellationToken_) => {operation.MethodName}({string.Join(", ", arguments)})";
        var access = operation.ResultIsOptional ? "?." : ".";
        string Member(string? jsonName, string cast)
        {
            if (jsonName is not null && types.Result is { } record && FindProperty(record, jsonName) is { } property)
            {
                return $"static result_ => {cast}result_{access}{property.PropertyName}";
            }

            return "static _ => null";
        }

        var items = types.ItemsProperty is { } itemsProperty ? $"static result_ => result_{access}{itemsProperty}" : "static result_ => result_";
        var loop = $"{_runtime}{RuntimeNames.Paging}";
        var generics = $"<{ResultTypeName(operation, operation.ResultType!)}, {types.Item}>";
        var call = paging.Style switch
        {
            PaginationStyle.Offset => $"{loop}.Offset{generics}({fetch}, {RuntimeNames.RequestOptionsArgument}, {items}, {Member(paging.Total, "(long?)")}, {Member(paging.Limit, "(long?)")}, {Member(paging.Start, "(long?)")}, 0, cancellationToken)",
            PaginationStyle.Link => $"{loop}.Link{generics}({fetch}, {RuntimeNames.RequestOptionsArgument}, {items}, {Member(paging.Total, "(long?)")}, cancellationToken)",
            _ => $"{loop}.Cursor{generics}({fetch}, {RuntimeNames.RequestOptionsArgument}, {items}, {Member(paging.Total, "(long?)")}, {Member(paging.Next, string.Empty)}, cancellationToken)",
        };
        writer.Lines($"""
            /// <inheritdoc/>
            public {_runtime}{RuntimeNames.Pager}<{types.Item}> {paging.MethodName}({Arguments(operation, paging)}) =>
                new(cancellationToken => {call});
            """);
    }

    /// <summary>The item type, the record read for the answer's members, and the C# name of its items member (null: the answer is the list).</summary>
    private (string Item, TypeShape? Result, string? ItemsProperty)? PagingTypes(OperationShape operation)
    {
        if (operation.ResultType is not { } result || operation.Paging is not { } paging)
        {
            return null;
        }

        if (result.Kind == TypeKind.List)
        {
            return (CSharpNames.ElementName(result.Element!, _qualifier), null, null);
        }

        TypeShape? record = null;
        foreach (var type in _shape.Types)
        {
            if (type.Name == result.Name)
            {
                record = type;
            }
        }

        var itemsName = paging.Items ?? record?.ItemsProperty;
        if (record is null || itemsName is null || FindProperty(record, itemsName) is not { Type.Kind: TypeKind.List } items)
        {
            return null;
        }

        return (CSharpNames.ElementName(items.Type.Element!, _qualifier), record, items.PropertyName);
    }

    private static PropertyShape? FindProperty(TypeShape type, string jsonName)
    {
        foreach (var property in type.Properties)
        {
            if (property.Name == jsonName)
            {
                return property;
            }
        }

        return null;
    }

    private void EmitPagingDocs(SourceWriter writer, OperationShape operation, PagingShape paging)
    {
        CSharpNames.Doc(writer, "summary", $"Every item of {operation.Summary?.TrimEnd('.') ?? operation.Id}, fetched page by page while you enumerate it.");
        var pager = paging.Style switch
        {
            PaginationStyle.Offset => "Asks for page after page (with the totals when the API offers them) until the total is reached, a page is empty, or, without a total, a page is shorter than the limit the API reports.",
            PaginationStyle.Link => "Follows the answer's Link header (rel=\"next\") until there is none; a link to another host is refused.",
            _ => "Passes each answer's next value back until an answer has none.",
        };
        CSharpNames.Doc(writer, "remarks", $"{pager} The page arguments are set by the pager. Each page goes through {operation.MethodName}, with its retries. Enumerate it with await foreach, or its pages with AsPagesAsync; cancel through WithCancellation.");
        foreach (var parameter in operation.Parameters)
        {
            if (!IsSetByPager(paging, parameter))
            {
                CSharpNames.Doc(writer, "param", parameter.Description ?? $"The {parameter.Name} {(parameter.Kind == ParameterKind.Path ? "path segment" : "parameter")}.", $" name=\"{parameter.ArgumentName.TrimStart('@')}\"");
            }
        }

        writer.Lines($"""
            /// <param name="{RuntimeNames.RequestOptionsArgument}">Extra headers, time limit and retries for each page's call; null for none.</param>
            /// <returns>The items; nothing is sent until enumeration starts.</returns>
            """);
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
            writer.Line($"var {written} = new global::System.Collections.Generic.List<{CSharpNames.ElementName(body.Type.Element!, _qualifier)}>({value});");
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
        // One string concatenation for the path (csc binds `+` on strings cheaply, where StringBuilder.Append has 27
        // overloads to choose from at each call); a builder only when query parameters follow.
        var path = new List<string> { "_sender.BaseUrl" };
        foreach (var part in operation.PathParts)
        {
            if (part.Kind == PathPartKind.Literal)
            {
                path.Add(CSharpLiteral.String(part.Value));
                continue;
            }

            var parameter = Find(operation, part.Value);
            path.Add($"{_http}.PathSegment({Text(parameter.Type, parameter.ArgumentName)}, nameof({parameter.ArgumentName}))");
        }

        var joined = string.Join(" + ", path);
        writer.Line(HasParameter(operation, ParameterKind.Query) ? $"var url_ = new global::System.Text.StringBuilder({joined});" : $"var url_ = {joined};");
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
        if (!HasParameter(operation, ParameterKind.Header))
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
    private string Text(TypeRef type, string expression) => type.Kind switch
    {
        TypeKind.String => expression,
        TypeKind.Enum => $"{expression}.ToWire()",
        _ => $"{_http}.Format({expression})",
    };

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

        writer.Lines($"""
            /// <param name="{RuntimeNames.RequestOptionsArgument}">Extra headers, a time limit, a retry count and a callback for the answer's status and headers, for this call; null for none.</param>
            /// <param name="cancellationToken">Cancels the call, including the waits between retries.</param>
            """);
        EmitReturns(writer, operation);
        writer.Lines($"""
            /// <exception cref="{_runtime}{RuntimeNames.ApiException}">The API answered with an error status (after any retries), or a body that does not fit (<see cref="{_runtime}{RuntimeNames.UnexpectedResponseException}"/>).</exception>
            /// <exception cref="global::System.ArgumentException">An argument is invalid; nothing was sent.</exception>
            """);
    }

    private static void EmitReturns(SourceWriter writer, OperationShape operation)
    {
        if (operation.ResultType is { } result)
        {
            var optional = operation.ResultIsOptional ? ", or null when the answer has no body" : string.Empty;
            writer.Line($"/// <returns>The {CSharpNames.Xml(result.Name ?? DisplayName(result))} the API answered{optional}.</returns>");
        }
        else
        {
            writer.Line("/// <returns>A task that completes when the API has answered with a success status.</returns>");
        }
    }

    private static string DisplayName(TypeRef type) => type.Kind switch
    {
        TypeKind.Map => $"map of {DisplayName(type.Element!)}",
        TypeKind.List => $"list of {DisplayName(type.Element!)}",
        TypeKind.Json => "JSON value",
        _ => type.Name ?? type.Kind.ToString().ToLowerInvariant(),
    };

    private static bool HasParameter(OperationShape operation, ParameterKind kind)
    {
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Kind == kind)
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
