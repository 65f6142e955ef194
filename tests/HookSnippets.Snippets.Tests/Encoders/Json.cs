using HookSnippets.Description;
using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>Short constructors for JSON nodes (spans do not matter to encoders).</summary>
internal static class Json
{
    public static JsonObject Object(params (string Name, JsonNode Value)[] members) =>
        new(new EquatableArray<JsonMember>(members.Select(m => new JsonMember(m.Name, default, m.Value)).ToArray()), default);

    public static JsonArray Array(params JsonNode[] items) => new(new EquatableArray<JsonNode>(items), default);

    public static JsonString String(string value) => new(value, default);

    public static JsonNumber Number(string text) => new(text, default);

    public static JsonBoolean Boolean(bool value) => new(value, default);

    public static JsonNull Null() => new(default);
}
