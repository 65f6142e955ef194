using HookSnippets.Description.Json;

namespace HookSnippets.OpenApi.References;

/// <summary>
/// Microsoft.OpenApi reads a Swagger 2.0 document into its OpenAPI 3 model, so the converters name places the 3.0
/// way; this turns such a pointer into the place the 2.0 file has: <c>#/components/schemas/Pet</c> →
/// <c>#/definitions/Pet</c>, a <c>requestBody</c> → the body (or first formData) parameter, a response's
/// <c>content/{type}/schema</c> → its <c>schema</c>, a parameter index of the model (without body and formData
/// parameters) → its index in the file.
/// </summary>
internal static class Swagger2Pointers
{
    private static readonly (string[] From, string[] To)[] Components =
    [
        (["components", "schemas"], ["definitions"]),
        (["components", "securitySchemes"], ["securityDefinitions"]),
        (["components", "parameters"], ["parameters"]),
        (["components", "responses"], ["responses"]),
    ];

    public static string ToDocument(string pointer, JsonObject root)
    {
        var tokens = JsonPointer.Split(pointer)?.ToList();
        if (tokens is null)
        {
            return pointer;
        }

        foreach (var (from, to) in Components)
        {
            if (tokens.Count >= from.Length && tokens.Take(from.Length).SequenceEqual(from))
            {
                return JsonPointer.FromTokens(to.Concat(tokens.Skip(from.Length)));
            }
        }

        if (tokens is ["paths", var path, ..])
        {
            var pathItem = (root["paths"] as JsonObject)?[path] as JsonObject;
            var at = tokens.Count > 2 && pathItem?[tokens[2]] is JsonObject operation && tokens[2] != "parameters" ? 3 : 2;
            var owner = at == 3 ? (JsonObject)pathItem![tokens[2]]! : pathItem;
            var parameters = (owner?["parameters"] as JsonArray)?.Items ?? [];
            var rest = tokens.Skip(at).ToList();
            switch (rest)
            {
                case ["requestBody", .. var body]:
                    var index = IndexOf(parameters, p => p is "body" or "formData");
                    var schema = body is ["content", _, "schema", .. var inside] ? ["schema", .. inside] : new List<string>();
                    return JsonPointer.FromTokens(tokens.Take(at).Concat(index < 0 ? [] : ["parameters", index.ToString(System.Globalization.CultureInfo.InvariantCulture), .. schema]));
                case ["responses", var status, "content", _, .. var response]:
                    return JsonPointer.FromTokens(tokens.Take(at).Concat(["responses", status, .. response]));
                case ["parameters", var model, .. var parameter] when int.TryParse(model, out var n):
                    var inFile = IndexOf(parameters, p => p is not ("body" or "formData"), n);
                    return JsonPointer.FromTokens(tokens.Take(at).Concat(["parameters", (inFile < 0 ? n : inFile).ToString(System.Globalization.CultureInfo.InvariantCulture), .. parameter]));
            }
        }

        return pointer;
    }

    /// <summary>The index in the file of the <paramref name="nth"/> parameter whose <c>in</c> matches.</summary>
    private static int IndexOf(IReadOnlyList<JsonNode> parameters, Func<string?, bool> matches, int nth = 0)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (matches((parameters[i] as JsonObject)?["in"] is JsonString where ? where.Value : null) && nth-- == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
