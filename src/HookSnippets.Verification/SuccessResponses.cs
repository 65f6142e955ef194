using System.Globalization;
using System.Text;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Verification;

/// <summary>
/// The success answer the recording server gives an operation: its first 2xx response, no body for 204, else a body
/// that fits the response schema, so the generated client (which reads it) and every sample (which prints it) get an
/// answer the API could send. The body is the schema's example when the description gives one (on the response schema
/// or the type it names), else one made from the schema: its required members, the first enum value, the first
/// alternative that is not null, an empty array or map, and for scalars a value within their bounds.
/// </summary>
public static class SuccessResponses
{
    private const int MaxDepth = 16;

    public static RecordedResponse For(ApiDescription api, Operation operation)
    {
        // The status samples are rendered for (response.status), so what they read and what this sends agree.
        var status = SampleResponse.For(operation).Status;
        var success = operation.Responses.FirstOrDefault(r => r.Status.StartsWith('2'));
        if (status == 204)
        {
            return new RecordedResponse(204, [], null);
        }

        return RecordedResponse.Json(status, success?.Schema is { } schema ? Body(api, schema) : "{}");
    }

    /// <summary>Compact JSON text of a value that fits <paramref name="schema"/>.</summary>
    public static string Body(ApiDescription api, Schema schema)
    {
        var text = new StringBuilder();
        Write(api, schema, text, 0);
        return text.ToString();
    }

    private static void Write(ApiDescription api, Schema schema, StringBuilder text, int depth)
    {
        if (schema.Example is { } example)
        {
            text.Append(JsonWriter.Write(example, indented: false));
            return;
        }

        if (depth > MaxDepth)
        {
            text.Append(schema.Type == SchemaType.Array ? "[]" : "{}");
            return;
        }

        if (schema.RefName is { } name && api.FindType(name) is { } named)
        {
            Write(api, named, text, depth + 1);
            return;
        }

        if (schema.Const is { } constant)
        {
            text.Append(JsonWriter.Write(constant, indented: false));
            return;
        }

        if (!schema.Enum.IsEmpty)
        {
            text.Append(JsonWriter.Write(schema.Enum[0], indented: false));
            return;
        }

        var alternatives = !schema.OneOf.IsEmpty ? schema.OneOf : schema.AnyOf;
        if (!alternatives.IsEmpty)
        {
            Write(api, alternatives.FirstOrDefault(a => a.Type != SchemaType.Null || a.Ref is not null) ?? alternatives[0], text, depth + 1);
            return;
        }

        switch (schema.Type)
        {
            case SchemaType.String:
                text.Append(JsonText(String(schema)));
                return;
            case SchemaType.Integer:
                text.Append(((long)Math.Ceiling(schema.Minimum ?? Math.Min(0, schema.Maximum ?? 0))).ToString(CultureInfo.InvariantCulture));
                return;
            case SchemaType.Number:
                text.Append((schema.Minimum ?? Math.Min(0, schema.Maximum ?? 0)).ToString("R", CultureInfo.InvariantCulture));
                return;
            case SchemaType.Boolean:
                text.Append("false");
                return;
            case SchemaType.Null:
                text.Append("null");
                return;
            case SchemaType.Array:
                text.Append('[');
                if (schema.MinItems is > 0 && schema.Items is { } items)
                {
                    for (var i = 0; i < schema.MinItems; i++)
                    {
                        text.Append(i == 0 ? string.Empty : ",");
                        Write(api, items, text, depth + 1);
                    }
                }

                text.Append(']');
                return;
            default:
                WriteObject(api, schema, text, depth);
                return;
        }
    }

    /// <summary>The required members of the object and of its allOf branches.</summary>
    private static void WriteObject(ApiDescription api, Schema schema, StringBuilder text, int depth)
    {
        text.Append('{');
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in new[] { schema }.Concat(schema.AllOf.Select(p => Resolve(api, p))))
        {
            foreach (var property in part.Properties.Where(p => part.Required.Contains(p.Name) || schema.Required.Contains(p.Name)))
            {
                if (written.Add(property.Name))
                {
                    text.Append(written.Count == 1 ? string.Empty : ",").Append(JsonText(property.Name)).Append(':');
                    Write(api, property.Schema, text, depth + 1);
                }
            }
        }

        text.Append('}');
    }

    private static Schema Resolve(ApiDescription api, Schema schema)
    {
        for (var i = 0; i < MaxDepth && schema.RefName is { } name && api.FindType(name) is { } named; i++)
        {
            schema = named;
        }

        return schema;
    }

    private static string String(Schema schema)
    {
        var value = schema.Format switch
        {
            "date-time" => "2026-01-01T00:00:00Z",
            "uri" => "https://example.com/",
            _ => "string",
        };
        value = schema.MinLength is { } min && value.Length < min ? value.PadRight(min, 'x') : value;
        return schema.MaxLength is { } max && value.Length > max ? value.Substring(0, max) : value;
    }

    private static string JsonText(string value) => JsonWriter.Write(new JsonString(value, default), indented: false);
}

