// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// Turns a form body, first written as a JSON object (classes in declaration order, maps in their order), into
/// <c>application/x-www-form-urlencoded</c> bytes the way the expected request does (docs/endpoint-format.md, "Form
/// bodies"): each member a field in order; an array repeats the name per item (style form) or joins its items with
/// commas (style comma); deepObject fields are written in brackets (<c>name[key]=value</c>, <c>name[0]=value</c>);
/// names and values percent-encoded, a space as <c>%20</c>; null members left out.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
internal static class HookSnippetsFormBody
{
    /// <summary>The form bytes of <c>json</c>; <c>deepObject</c> names the fields written in brackets, <c>comma</c> the array fields joined with commas.</summary>
    /// <exception cref="global::System.ArgumentException">A member cannot be a form field (an object that is not deepObject, an array of objects, a null item).</exception>
    internal static byte[] Encode(global::System.ReadOnlySpan<byte> json, string[]? deepObject, string[]? comma, string parameterName)
    {
        using var document = global::System.Text.Json.JsonDocument.Parse(json.ToArray());
        if (document.RootElement.ValueKind != global::System.Text.Json.JsonValueKind.Object)
        {
            throw new global::System.ArgumentException("A form body is an object whose members are its fields.", parameterName);
        }

        var fields = new global::System.Text.StringBuilder();
        foreach (var member in document.RootElement.EnumerateObject())
        {
            if (member.Value.ValueKind == global::System.Text.Json.JsonValueKind.Null)
            {
                continue;
            }

            if (deepObject is not null && global::System.Array.IndexOf(deepObject, member.Name) >= 0)
            {
                Bracketed(fields, member.Name, member.Value, parameterName);
            }
            else if (member.Value.ValueKind == global::System.Text.Json.JsonValueKind.Array)
            {
                var items = new global::System.Collections.Generic.List<string>();
                foreach (var item in member.Value.EnumerateArray())
                {
                    items.Add(Text(member.Name, item, parameterName));
                }

                if (comma is not null && global::System.Array.IndexOf(comma, member.Name) >= 0)
                {
                    if (items.Count > 0)
                    {
                        Field(fields, member.Name, string.Join(",", items));
                    }
                }
                else
                {
                    foreach (var item in items)
                    {
                        Field(fields, member.Name, item);
                    }
                }
            }
            else
            {
                Field(fields, member.Name, Text(member.Name, member.Value, parameterName));
            }
        }

        return global::System.Text.Encoding.ASCII.GetBytes(fields.ToString());
    }

    private static void Bracketed(global::System.Text.StringBuilder fields, string name, global::System.Text.Json.JsonElement value, string parameterName)
    {
        switch (value.ValueKind)
        {
            case global::System.Text.Json.JsonValueKind.Object:
                foreach (var member in value.EnumerateObject())
                {
                    Bracketed(fields, name + "[" + member.Name + "]", member.Value, parameterName);
                }

                break;
            case global::System.Text.Json.JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Bracketed(fields, name + "[" + index.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]", item, parameterName);
                    index++;
                }

                break;
            default:
                Field(fields, name, Text(name, value, parameterName));
                break;
        }
    }

    /// <summary>A scalar's text: a string as itself, a number as written, <c>true</c> or <c>false</c>.</summary>
    private static string Text(string name, global::System.Text.Json.JsonElement value, string parameterName) => value.ValueKind switch
    {
        global::System.Text.Json.JsonValueKind.String => value.GetString()!,
        global::System.Text.Json.JsonValueKind.Number => value.GetRawText(),
        global::System.Text.Json.JsonValueKind.True => "true",
        global::System.Text.Json.JsonValueKind.False => "false",
        _ => throw new global::System.ArgumentException(
            "Form field '" + name + "' holds " + (value.ValueKind == global::System.Text.Json.JsonValueKind.Null ? "a null item" : "an object or array")
            + ", which is not text; only deepObject fields are written in brackets.", parameterName),
    };

    private static void Field(global::System.Text.StringBuilder fields, string name, string value)
    {
        if (fields.Length > 0)
        {
            fields.Append('&');
        }

        fields.Append(global::HookSnippets.Generator.Runtime.HookSnippetsHttp.Encode(name)).Append('=')
            .Append(global::HookSnippets.Generator.Runtime.HookSnippetsHttp.Encode(value));
    }
}
