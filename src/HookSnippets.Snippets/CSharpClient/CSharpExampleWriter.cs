using System.Collections.Generic;
using System.Text;
using HookSnippets.ClientShape;
using HookSnippets.Description;
using HookSnippets.Description.Bodies;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;

namespace HookSnippets.Snippets.CSharpClient;

/// <summary>
/// C# statements that call the generated client with an operation's example values, for the csharp-client sample:
/// <c>await client.Hooks.Secrets.CreateAsync("HOOK_ID", new Dictionary&lt;string, string&gt; { ... });</c>.
/// Output uses "\n" newlines and four-space indentation, and names types without namespace (see <see cref="Usings"/>).
/// </summary>
public static class CSharpExampleWriter
{
    /// <summary>Namespaces the statements of <see cref="Call"/> need, sorted: the client's, collections, and System.Text.Json for untyped values.</summary>
    public static string[] Usings(CSharpClientShape shape)
    {
        var usings = new SortedSet<string>(System.StringComparer.Ordinal) { "System.Collections.Generic" };
        if (shape.Namespace.Length > 0)
        {
            usings.Add(shape.Namespace);
        }

        var uploads = Uploads(shape);
        if (UsesJson(shape) || uploads)
        {
            usings.Add("System.Text.Json");
        }

        if (uploads)
        {
            usings.Add("System.IO");
        }

        return usings.ToArray();
    }

    /// <summary>The operation with dotted id <paramref name="operationId"/>, or null when the client has no method for it.</summary>
    public static OperationShape? FindOperation(CSharpClientShape shape, string operationId)
    {
        foreach (var group in shape.Groups)
        {
            foreach (var operation in group.Operations)
            {
                if (operation.Id == operationId)
                {
                    return operation;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <c>await client.Hooks.GetAsync("HOOK_ID");</c>, or <c>var result = await ...;</c> when the method returns a value.
    /// Path arguments and the required body are positional; optional arguments are named and given only when
    /// <paramref name="described"/>, the operation as the description has it, gives them an example.
    /// </summary>
    public static string Call(CSharpClientShape shape, OperationShape operation, Operation described, string clientVariable = "client", string resultVariable = "result")
    {
        var writer = new ExampleValueWriter(shape);
        var arguments = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var example = ExampleOf(parameter, described);
            if (!parameter.Required && example is null)
            {
                continue;
            }

            var value = parameter.Kind == ParameterKind.Body && described.Body is { } body && example is not null
                ? BodyValue(writer, parameter, body, example)
                : writer.Value(parameter.Type, example, 0);
            arguments.Add(parameter.Required ? value : parameter.ArgumentName + ": " + value);
        }

        var call = new StringBuilder();
        if (operation.ResultType is not null)
        {
            call.Append("var ").Append(resultVariable).Append(" = ");
        }

        call.Append("await ").Append(GroupPath(shape, operation, clientVariable)).Append('.').Append(operation.MethodName)
            .Append('(').Append(string.Join(", ", arguments)).Append(");");
        return call.ToString();
    }

    /// <summary><c>client.Hooks.Secrets</c>: the expression whose method <paramref name="operation"/> is.</summary>
    public static string GroupPath(CSharpClientShape shape, OperationShape operation, string clientVariable = "client")
    {
        foreach (var group in shape.Groups)
        {
            if (!group.Operations.Contains(operation))
            {
                continue;
            }

            var path = new StringBuilder(clientVariable);
            for (var length = 1; length <= group.Path.Count; length++)
            {
                path.Append('.').Append(GroupAt(shape, group.Path, length).PropertyName);
            }

            return path.ToString();
        }

        return clientVariable;
    }

    private static GroupShape GroupAt(CSharpClientShape shape, EquatableArray<string> path, int length)
    {
        foreach (var group in shape.Groups)
        {
            if (group.Path.Count != length)
            {
                continue;
            }

            var same = true;
            for (var i = 0; i < length && same; i++)
            {
                same = group.Path[i] == path[i];
            }

            if (same)
            {
                return group;
            }
        }

        return shape.Root;
    }

    private static bool Contains(this EquatableArray<OperationShape> operations, OperationShape operation)
    {
        foreach (var candidate in operations)
        {
            if (candidate.Equals(operation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The example the description gives the argument: the body's, or that of the parameter of the same name and place.</summary>
    private static JsonNode? ExampleOf(ParameterShape parameter, Operation described)
    {
        if (parameter.Kind == ParameterKind.Body)
        {
            return described.Body?.Example;
        }

        var location = parameter.Kind switch
        {
            ParameterKind.Path => ParameterLocation.Path,
            ParameterKind.Query => ParameterLocation.Query,
            _ => ParameterLocation.Header,
        };
        foreach (var candidate in described.Parameters)
        {
            if (candidate.In == location && candidate.Name == parameter.Name)
            {
                return candidate.Example;
            }
        }

        return null;
    }

    /// <summary>
    /// The body argument: a file upload opens the local file its example names; a multipart body lists its parts in
    /// the example's order (text, JSON, and files opened from the local file with the filename and Content-Type the
    /// description gives); any other body is its example as the argument's type.
    /// </summary>
    private static string BodyValue(ExampleValueWriter writer, ParameterShape parameter, RequestBody body, JsonNode example)
    {
        switch (parameter.Type.Kind)
        {
            case TypeKind.Stream:
                return "File.OpenRead(" + CSharpLiteral.String(example is JsonString file ? file.Value : string.Empty) + ")";
            case TypeKind.Multipart:
                var parts = new StringBuilder(RuntimeNames.MultipartFormData).Append("\n{\n");
                foreach (var field in BodyFields.Of(body, example).Fields)
                {
                    var value = field.Kind switch
                    {
                        FieldKind.File => "new " + RuntimeNames.FileContent + "(File.OpenRead(" + CSharpLiteral.String(field.Value) + "), "
                            + CSharpLiteral.String(field.FileName!) + ", " + CSharpLiteral.String(field.ContentType!) + ")",
                        // The part's compact text read back into its value, written as an untyped JSON value is.
                        FieldKind.Json => ExampleValueWriter.JsonElement(JsonParser.Parse(field.Value, string.Empty).Root!, 1),
                        _ => CSharpLiteral.String(field.Value),
                    };
                    parts.Append("    { ").Append(CSharpLiteral.String(field.Name)).Append(", ").Append(value).Append(" },\n");
                }

                return "new " + parts.Append('}');
            default:
                return writer.Value(parameter.Type, example, 0);
        }
    }

    private static bool Uploads(CSharpClientShape shape)
    {
        foreach (var group in shape.Groups)
        {
            foreach (var operation in group.Operations)
            {
                if (operation.Body?.Type.Kind is TypeKind.Multipart or TypeKind.Stream)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool UsesJson(CSharpClientShape shape)
    {
        foreach (var group in shape.Groups)
        {
            foreach (var operation in group.Operations)
            {
                foreach (var parameter in operation.Parameters)
                {
                    if (IsJson(parameter.Type))
                    {
                        return true;
                    }
                }
            }
        }

        foreach (var type in shape.Types)
        {
            foreach (var property in type.Properties)
            {
                if (IsJson(property.Type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsJson(TypeRef type) => type.Kind == TypeKind.Json || (type.Element is { } element && IsJson(element));
}
