using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Tests.Encoders;

namespace HookSnippets.Snippets.Tests.Hostile;

/// <summary>
/// A description, built in memory, that puts every string of <see cref="HostileStrings.All"/> through the templates
/// in four roles: secret name and secret value (the body of a <c>secrets.create</c> operation, at most 20 secrets
/// per body as the Management API allows), hook id (a path parameter) and query parameter value (a GET operation
/// per chunk of 20 strings, with 20 path and 20 query parameters). Value i of a body is string i + 1, so every
/// string is also a value once.
/// </summary>
internal static class HostileCorpus
{
    public const int ChunkSize = 20;

    /// <summary>The corpus without duplicates (a body cannot hold a secret name twice).</summary>
    public static IReadOnlyList<string> Strings { get; } = HostileStrings.All.Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Strings no path parameter can carry, with the reason: the validator and the request model refuse an empty,
    /// <c>.</c> or <c>..</c> segment, because HTTP clients drop or collapse them. Nothing else is excluded from any
    /// role: NUL, which a shell argument cannot carry, reaches templates only JSON-escaped in a body or
    /// percent-encoded in a URL, and no string holds a lone surrogate.
    /// </summary>
    public static IReadOnlyList<string> NotPathSegments { get; } = ["", ".", ".."];

    public static IReadOnlyList<string> PathValues { get; } = Strings.Where(s => !NotPathSegments.Contains(s)).ToArray();

    public static IReadOnlyList<IReadOnlyList<string>> BodyChunks { get; } = Strings.Chunk(ChunkSize).ToArray();

    public static IReadOnlyList<IReadOnlyList<string>> PathChunks { get; } = PathValues.Chunk(ChunkSize).ToArray();

    public static IReadOnlyList<IReadOnlyList<string>> QueryChunks { get; } = Strings.Chunk(ChunkSize).ToArray();

    public static ApiDescription Description { get; } = TestDescriptions.Read(JsonWriter.Write(Build(), indented: true));

    /// <summary>The value of secret <paramref name="name"/>: the next string of the corpus.</summary>
    public static string ValueOf(string name) => Strings[(IndexOf(name) + 1) % Strings.Count];

    private static int IndexOf(string value) => Strings.Select((s, i) => (s, i)).First(p => p.s == value).i;

    private static JsonObject Build()
    {
        var operations = new List<(string, JsonNode)>();
        for (var k = 0; k < Math.Max(BodyChunks.Count, Math.Max(PathChunks.Count, QueryChunks.Count)); k++)
        {
            if (k < BodyChunks.Count)
            {
                operations.Add(($"hostile.c{k:00}.secrets.create", CreateSecrets(BodyChunks[k], PathValues[k])));
            }

            if (k < PathChunks.Count || k < QueryChunks.Count)
            {
                operations.Add(($"hostile.c{k:00}.hooks.get", GetHook(k < PathChunks.Count ? PathChunks[k] : [], k < QueryChunks.Count ? QueryChunks[k] : [])));
            }
        }

        return Json.Object(
            ("name", Json.String("HostileCorpus")),
            ("title", Json.String("Every hostile string in every role")),
            ("baseUrl", Json.String("https://{domain}/api/v2")),
            ("variables", Json.Object(("domain", Json.Object(("example", Json.String("YOUR_DOMAIN")), ("description", Json.String("Your tenant domain.")))))),
            ("auth", Json.Object(("type", Json.String("bearer")), ("example", Json.String("MGMT_API_ACCESS_TOKEN")))),
            ("operations", Json.Object([.. operations])));
    }

    private static JsonObject CreateSecrets(IReadOnlyList<string> names, string hookId) => Json.Object(
        ("method", Json.String("POST")),
        ("path", Json.String("/hooks/{id}/secrets")),
        ("summary", Json.String("Add hostile secrets")),
        ("parameters", Json.Object(("id", PathParameter(hookId)))),
        ("body", Json.Object(
            ("name", Json.String("secrets")),
            ("schema", Json.Object(
                ("type", Json.String("object")),
                ("additionalProperties", Json.Object(("type", Json.String("string")))),
                ("maxProperties", Json.Number(ChunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture))))),
            ("example", Json.Object([.. names.Select(name => (name, (JsonNode)Json.String(ValueOf(name))))])))));

    private static JsonObject GetHook(IReadOnlyList<string> ids, IReadOnlyList<string> queryValues) => Json.Object(
        ("method", Json.String("GET")),
        ("path", Json.String("/hooks" + string.Concat(ids.Select((_, i) => $"/{{id{i}}}")))),
        ("summary", Json.String("Get a hook by hostile ids and query values")),
        ("parameters", Json.Object(
        [
            .. ids.Select((id, i) => ($"id{i}", (JsonNode)PathParameter(id))),
            .. queryValues.Select((value, i) => ($"q{i}", (JsonNode)Json.Object(
                ("in", Json.String("query")), ("schema", Json.Object(("type", Json.String("string")))), ("example", Json.String(value))))),
        ])));

    private static JsonObject PathParameter(string example) =>
        Json.Object(("in", Json.String("path")), ("schema", Json.Object(("type", Json.String("string")))), ("example", Json.String(example)));
}
