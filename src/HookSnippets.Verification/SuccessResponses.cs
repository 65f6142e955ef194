using HookSnippets.Description.Model;
using HookSnippets.RecordingServer;

namespace HookSnippets.Verification;

/// <summary>
/// A plausible success answer for an operation: its first 2xx response, with the smallest body its schema allows
/// (<c>{}</c> for an object, <c>[]</c> for an array, the first alternative of a oneOf/anyOf), and no body for 204.
/// Samples print it; the generated client deserializes it.
/// </summary>
public static class SuccessResponses
{
    public static RecordedResponse For(ApiDescription api, Operation operation)
    {
        var success = operation.Responses.FirstOrDefault(r => r.Status.StartsWith('2'));
        var status = success is not null && int.TryParse(success.Status, out var code) ? code : 200;
        if (status == 204)
        {
            return new RecordedResponse(204, [], null);
        }

        return RecordedResponse.Json(status, success?.Schema is { } schema ? SmallestBody(api, schema, depth: 0) : "{}");
    }

    private static string SmallestBody(ApiDescription api, Schema schema, int depth)
    {
        if (depth > 16)
        {
            return "{}";
        }

        if (schema.RefName is { } name && api.FindType(name) is { } named)
        {
            return SmallestBody(api, named, depth + 1);
        }

        if (schema.OneOf.Count > 0)
        {
            return SmallestBody(api, schema.OneOf[0], depth + 1);
        }

        if (schema.AnyOf.Count > 0)
        {
            return SmallestBody(api, schema.AnyOf[0], depth + 1);
        }

        return schema.Type == SchemaType.Array ? "[]" : "{}";
    }
}
