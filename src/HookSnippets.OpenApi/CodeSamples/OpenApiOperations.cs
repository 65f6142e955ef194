using HookSnippets.Description.Json;

namespace HookSnippets.OpenApi.CodeSamples;

/// <summary>An operation object of the OpenAPI file, with the path key and method key it stands under.</summary>
internal sealed record OpenApiOperation(string PathKey, string MethodKey, JsonObject Node);

/// <summary>
/// The operations written in the document's <c>paths</c>, by <c>operationId</c> and by method and path key. A path
/// item that is a <c>$ref</c> to another file holds none here: samples are only written into the document itself.
/// </summary>
internal sealed class OpenApiOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private readonly Dictionary<string, OpenApiOperation> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Method, string Path), OpenApiOperation> _byRoute = [];

    public OpenApiOperations(JsonNode root)
    {
        if (root is not JsonObject { } document || document["paths"] is not JsonObject paths)
        {
            return;
        }

        foreach (var path in paths.Members)
        {
            if (path.Value is not JsonObject item)
            {
                continue;
            }

            foreach (var member in item.Members)
            {
                if (Array.IndexOf(Methods, member.Name.ToLowerInvariant()) < 0 || member.Value is not JsonObject node)
                {
                    continue;
                }

                var operation = new OpenApiOperation(path.Name, member.Name, node);
                _byRoute.TryAdd((member.Name.ToUpperInvariant(), path.Name), operation);
                if (node["operationId"] is JsonString { Value: { Length: > 0 } id })
                {
                    _byId.TryAdd(id, operation);
                }
            }
        }
    }

    /// <summary>By <paramref name="operationId"/> when it names one, else by method and path key.</summary>
    public OpenApiOperation? Find(string? operationId, string method, string path) =>
        operationId is not null && _byId.TryGetValue(operationId, out var byId) ? byId
        : _byRoute.GetValueOrDefault((method.ToUpperInvariant(), path));
}
