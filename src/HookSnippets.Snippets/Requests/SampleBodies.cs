using HookSnippets.Description;
using HookSnippets.Description.Bodies;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Requests;

/// <summary>An operation's body example as templates write it and as the expected request holds it, for each body kind.</summary>
internal static class SampleBodies
{
    public static (SampleBody Sample, ExpectedBody Expected) Build(Operation operation, RequestBody body, JsonNode example)
    {
        switch (body.Kind)
        {
            case BodyKind.Form:
            {
                var fields = Fields(operation, body, example).Select(f => new FormField(f.Name, f.Value)).ToEquatableArray();
                var expected = new FormBody(fields);
                return (new SampleBody
                {
                    Format = "form",
                    ContentType = body.ContentType,
                    Fields = fields.Select(f => new SampleField(f.Name, f.Value, UrlEncoding.Encode(f.Name), UrlEncoding.Encode(f.Value))).ToArray(),
                    Encoded = expected.Encoded,
                    HasRepeatedNames = Repeats(fields.Select(f => f.Name)),
                }, expected);
            }

            case BodyKind.Multipart:
            {
                var fields = Fields(operation, body, example);
                var parts = fields.Select(Part).ToEquatableArray();
                var boundary = Multipart.BoundaryFor(parts);
                var expected = new MultipartBody(boundary, parts);
                return (new SampleBody
                {
                    Format = "multipart",
                    ContentType = body.ContentType,
                    Parts = fields.Select((field, i) => new SamplePart(
                        field.Name,
                        field.Kind.ToString().ToLowerInvariant(),
                        field.Kind == FieldKind.File ? null : field.Value,
                        field.Kind == FieldKind.File ? field.Value : null,
                        field.FileName,
                        field.ContentType,
                        Multipart.Disposition(field.Name, field.FileName),
                        Multipart.Head(parts[i], boundary))).ToArray(),
                    Boundary = boundary,
                    Closing = Multipart.Closing(boundary),
                    HasRepeatedNames = Repeats(parts.Select(p => p.Name)),
                    Files = expected.Files,
                }, expected);
            }

            case BodyKind.Text:
            {
                var text = example is JsonString { Value: var value } && BodyFields.Unsendable(value) is null
                    ? value
                    : throw Unsendable(operation, "a text body's example is a string that can be sent as UTF-8", example);
                return (new SampleBody { Format = "text", ContentType = body.ContentType, Text = text }, new TextBody(text));
            }

            case BodyKind.File:
            {
                var file = example is JsonString { Value: var name } && BodyFields.IsLocalFileName(name)
                    ? name
                    : throw Unsendable(operation, "a file body's example is a plain local file name (letters, digits, '.', '_', '-')", example);
                return (new SampleBody { Format = "file", ContentType = body.ContentType, File = file, Files = [file] }, new FileBody(file));
            }

            default:
            {
                var compact = JsonWriter.Write(example, indented: false);
                return (new SampleBody
                {
                    Format = "json",
                    ContentType = body.ContentType,
                    Json = example,
                    Compact = compact,
                    Pretty = JsonWriter.Write(example, indented: true),
                }, new JsonBody(compact));
            }
        }
    }

    private static EquatableArray<BodyField> Fields(Operation operation, RequestBody body, JsonNode example)
    {
        var fields = BodyFields.Of(body, example);
        return fields.Problem is { } problem
            ? throw new RequestModelException($"operation '{operation.Id}': the body example cannot be sent as {body.ContentType}: {problem}", fields.ProblemSpan)
            : fields.Fields;
    }

    private static MultipartPart Part(BodyField field) => field.Kind == FieldKind.File
        ? new MultipartPart(field.Name, field.FileName, field.ContentType, null, field.Value)
        : new MultipartPart(field.Name, null, field.ContentType, field.Value, null);

    private static bool Repeats(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return names.Any(name => !seen.Add(name));
    }

    private static RequestModelException Unsendable(Operation operation, string rule, JsonNode example) =>
        new($"operation '{operation.Id}': {rule}", example.Span);
}
