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
internal sealed class HostileCorpus
{
    public const int ChunkSize = 20;

    private HostileCorpus(Func<string, bool> pathValue)
    {
        PathValues = Strings.Where(s => !NotPathSegments.Contains(s) && pathValue(s)).ToArray();
        Text = JsonWriter.Write(Build(), indented: true);
        Description = TestDescriptions.Read(Text);
    }

    /// <summary>The corpus without duplicates (a body cannot hold a secret name twice).</summary>
    public static IReadOnlyList<string> Strings { get; } = HostileStrings.All.Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Strings no path parameter can carry, with the reason: the validator and the request model refuse an empty,
    /// <c>.</c> or <c>..</c> segment, because HTTP clients drop or collapse them. Nothing else is excluded from any
    /// role: NUL, which a shell argument cannot carry, reaches templates only JSON-escaped in a body or
    /// percent-encoded in a URL, and no string holds a lone surrogate.
    /// </summary>
    public static IReadOnlyList<string> NotPathSegments { get; } = ["", ".", ".."];

    /// <summary>Every string in every role it can take: what the templates must render.</summary>
    public static HostileCorpus ForTemplates { get; } = new(_ => true);

    /// <summary>
    /// What the recording server can receive: Kestrel answers 400 to a request path holding <c>%00</c> before the
    /// request reaches the recorder, so strings with NUL stay out of the path here (they remain query values,
    /// secret names and values, and path values in <see cref="ForTemplates"/>).
    /// </summary>
    public static HostileCorpus ForRecordingServer { get; } = new(s => !s.Contains('\0', StringComparison.Ordinal));

    public IReadOnlyList<string> PathValues { get; }

    /// <summary>The description's text: endpoints.json for a run that needs a file (the generated C# client).</summary>
    public string Text { get; }

    public ApiDescription Description { get; }

    /// <summary>The value of secret <paramref name="name"/>: the next string of the corpus.</summary>
    public static string ValueOf(string name) => Strings[(IndexOf(name) + 1) % Strings.Count];

    private static int IndexOf(string value) => Strings.Select((s, i) => (s, i)).First(p => p.s == value).i;

    private JsonObject Build()
    {
        var bodyChunks = Strings.Chunk(ChunkSize).ToArray();
        var pathChunks = PathValues.Chunk(ChunkSize).ToArray();
        var queryChunks = Strings.Chunk(ChunkSize).ToArray();
        var operations = new List<(string, JsonNode)>();
        for (var k = 0; k < Math.Max(bodyChunks.Length, Math.Max(pathChunks.Length, queryChunks.Length)); k++)
        {
            if (k < bodyChunks.Length)
            {
                operations.Add(($"hostile.c{k:00}.secrets.create", CreateSecrets(bodyChunks[k], PathValues[k])));
            }

            if (k < pathChunks.Length || k < queryChunks.Length)
            {
                operations.Add(($"hostile.c{k:00}.hooks.get", GetHook(k < pathChunks.Length ? pathChunks[k] : [], k < queryChunks.Length ? queryChunks[k] : [])));
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
