// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// Request bodies are written by the emitted code on <see cref="global::System.Text.Json.Utf8JsonWriter"/>, compact,
/// members in declaration order. Integers are exact; a <c>double</c> is the shortest text that reads back as the same
/// value (NaN and infinities throw: JSON has none); an untyped value keeps its text. A string holding a lone surrogate
/// (not Unicode text) is sent with U+FFFD in its place.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
internal static class HookSnippetsJsonBody
{
    /// <summary>
    /// The default encoder escapes HTML-sensitive characters (<c>'</c>, <c>&lt;</c>, <c>&amp;</c>) and all non-ASCII
    /// text, which bloats bodies and hides their text in logs. A request body goes to a JSON API and is never embedded
    /// in HTML or a script, so the relaxed encoder's only risk does not apply; it still escapes <c>"</c>, <c>\</c>,
    /// control characters and characters outside the BMP. The API receives the same JSON value either way.
    /// </summary>
    private static readonly global::System.Text.Json.JsonWriterOptions Options = new()
    {
        Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static global::System.Text.Json.Utf8JsonWriter CreateWriter(global::System.Buffers.ArrayBufferWriter<byte> buffer) => new(buffer, Options);

    /// <summary>Writes an untyped value as it was parsed (numbers keep their exact text, so big integers survive).</summary>
    internal static void WriteElement(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonElement element)
    {
        if (element.ValueKind == global::System.Text.Json.JsonValueKind.Undefined)
        {
            throw new global::System.ArgumentException("A default JsonElement holds no value to send; JSON null is a parsed null: JsonDocument.Parse(\"null\").RootElement.", nameof(element));
        }

        element.WriteTo(writer);
    }

    /// <summary>
    /// Writes an object's <c>AdditionalProperties</c> after its declared members, so an object read from a response and
    /// sent back keeps the members the description does not list. A name its class declares is refused: it would be
    /// sent twice with two values.
    /// </summary>
    internal static void WriteOtherMembers(
        global::System.Text.Json.Utf8JsonWriter writer,
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement> others,
        string[] declared,
        string type)
    {
        foreach (var member in others)
        {
            if (global::System.Array.IndexOf(declared, member.Key) >= 0)
            {
                throw new global::System.ArgumentException(
                    type + ".AdditionalProperties holds '" + member.Key + "', a member " + type + " declares; set that property instead.");
            }

            writer.WritePropertyName(member.Key);
            WriteElement(writer, member.Value);
        }
    }
}
