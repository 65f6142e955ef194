using HookSnippets.Description.Model;
using Microsoft.OpenApi;
using OpenApiStyle = Microsoft.OpenApi.ParameterStyle;
using ParameterStyle = HookSnippets.Description.Model.ParameterStyle;

namespace HookSnippets.OpenApi;

/// <summary>
/// The <c>encoding</c> of a form or multipart body, per field in the schema's property order: a form field's
/// <c>style</c>/<c>explode</c>, a multipart part's <c>contentType</c>, and which parts are files (a <c>binary</c> or
/// <c>base64</c> string, or an array of them; Swagger 2.0 <c>type: file</c> reads as such). Only what differs from the
/// description's defaults is kept.
/// </summary>
internal static class FieldEncodings
{
    public static List<FieldEncoding> Of(IOpenApiMediaType media, BodyKind kind, string pointer, ImportReport report)
    {
        var given = media.Encoding ?? new Dictionary<string, OpenApiEncoding>();
        var properties = Properties(media.Schema);
        foreach (var name in given.Keys.Where(n => !properties.ContainsKey(n)))
        {
            report.Add(JsonPointer.Append(JsonPointer.Append(pointer, "encoding"), name), $"encoding of '{name}', which is not a property of the body's schema; not imported");
        }

        var result = new List<FieldEncoding>();
        foreach (var (name, property) in properties)
        {
            var at = JsonPointer.Append(JsonPointer.Append(pointer, "encoding"), name);
            var encoding = given.TryGetValue(name, out var found) ? found : null;
            var field = kind == BodyKind.Form
                ? new FieldEncoding(name, FormStyle(name, property, encoding, at, report), null, false, null, default)
                : new FieldEncoding(name, ParameterStyle.Form, PartContentType(name, encoding, at, report) ?? BinaryMediaType(property), IsFile(property), null, default);
            if (field.Style != ParameterStyle.Form || field.ContentType is not null || field.File)
            {
                result.Add(field);
            }
        }

        return result;
    }

    /// <summary>The schema's properties in order, with those of its <c>allOf</c> parts after its own.</summary>
    public static Dictionary<string, IOpenApiSchema> Properties(IOpenApiSchema? schema)
    {
        var result = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var part in new[] { schema }.Concat(schema?.AllOf ?? []))
        {
            foreach (var (name, property) in part?.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                result.TryAdd(name, property);
            }
        }

        return result;
    }

    /// <summary>
    /// A file part: OpenAPI 3.0's <c>format: binary</c> (or <c>base64</c>), 3.1's <c>contentMediaType</c> of a media
    /// type that is not text or JSON (Auth0's <c>users</c> upload), or <c>contentEncoding: base64</c>.
    /// </summary>
    public static bool IsFile(IOpenApiSchema schema) =>
        schema.Type is { } type && type.HasFlag(JsonSchemaType.Array) && schema.Items is { } items
            ? IsFile(items)
            : schema.Format is "binary" or "base64" || BinaryMediaType(schema) is not null
              || (schema as IOpenApiSchemaMissingProperties)?.ContentEncoding is "base64";

    /// <summary>3.1's <c>contentMediaType</c> when it names binary content, which is then also the part's content type.</summary>
    private static string? BinaryMediaType(IOpenApiSchema schema)
    {
        var item = schema.Type is { } type && type.HasFlag(JsonSchemaType.Array) && schema.Items is { } items ? items : schema;
        return (item as IOpenApiSchemaMissingProperties)?.ContentMediaType is { } media && MediaTypes.IsPlain(media)
            && MediaTypes.KindOf(media) is not (BodyKind.Text or BodyKind.Json)
            ? media
            : null;
    }

    /// <summary>
    /// OpenAPI's default for a form field is <c>form</c> exploded (the name repeated); <c>explode: false</c> joins an
    /// array with commas. An object has no meaning in plain <c>form</c> style, so it is written as Stripe reads it.
    /// </summary>
    private static ParameterStyle FormStyle(string name, IOpenApiSchema property, OpenApiEncoding? encoding, string at, ImportReport report)
    {
        switch (encoding?.Style)
        {
            case OpenApiStyle.DeepObject:
                return ParameterStyle.DeepObject;
            case OpenApiStyle.Form or null when encoding?.Explode == false && property.Type is { } type && type.HasFlag(JsonSchemaType.Array):
                return ParameterStyle.Comma;
            case OpenApiStyle.Form or null:
                break;
            default:
                report.Add(at, $"style '{encoding.Style}' of field '{name}' is not supported; imported as form (the name repeated)");
                break;
        }

        if (HoldsObjects(property))
        {
            report.Add(at, $"field '{name}' holds objects and the file gives it no deepObject style; written in deepObject style (name[key]=value), as form style has no spelling for an object");
            return ParameterStyle.DeepObject;
        }

        return ParameterStyle.Form;
    }

    private static bool HoldsObjects(IOpenApiSchema property) =>
        property.Type is { } type && (type.HasFlag(JsonSchemaType.Object) || (type.HasFlag(JsonSchemaType.Array) && property.Items is { } items && HoldsObjects(items)))
        || property.Properties is { Count: > 0 };

    /// <summary>The first media type of <c>contentType</c> (a list such as <c>image/png, image/jpeg</c> allows several; one is sent).</summary>
    private static string? PartContentType(string name, OpenApiEncoding? encoding, string at, ImportReport report)
    {
        if (encoding?.ContentType is not { Length: > 0 } list)
        {
            return null;
        }

        var first = list.Split(',')[0].Trim();
        if (!MediaTypes.IsPlain(first))
        {
            report.Add(at, $"content type '{list}' of part '{name}' names no one media type; the part is sent with its default content type");
            return null;
        }

        if (first != list.Trim())
        {
            report.Add(at, $"part '{name}' allows the content types '{list}'; samples send '{first}'");
        }

        return first;
    }
}
