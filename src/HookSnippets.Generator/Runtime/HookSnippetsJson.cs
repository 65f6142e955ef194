// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>JSON reading helpers for the generated code (no reflection).</summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
internal static class HookSnippetsJson
{
    internal static T Parse<T>(byte[] body, global::HookSnippets.Generator.Runtime.HookSnippetsJsonRead<T> read)
    {
        var reader = new global::System.Text.Json.Utf8JsonReader(body);
        if (!reader.Read())
        {
            throw new global::System.Text.Json.JsonException("The response body holds no JSON value.");
        }

        var value = read(ref reader);
        if (reader.Read())
        {
            throw new global::System.Text.Json.JsonException("The response body holds more than one JSON value.");
        }

        return value;
    }

    internal static string ReadString(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString()! : throw Unexpected(ref reader, "a string");

    internal static int ReadInt32(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Number ? reader.GetInt32() : throw Unexpected(ref reader, "an integer");

    internal static long ReadInt64(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Number ? reader.GetInt64() : throw Unexpected(ref reader, "an integer");

    internal static double ReadDouble(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Number ? reader.GetDouble() : throw Unexpected(ref reader, "a number");

    internal static bool ReadBoolean(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType is global::System.Text.Json.JsonTokenType.True or global::System.Text.Json.JsonTokenType.False
            ? reader.GetBoolean()
            : throw Unexpected(ref reader, "true or false");

    internal static global::System.Text.Json.JsonElement ReadElement(ref global::System.Text.Json.Utf8JsonReader reader) =>
        global::System.Text.Json.JsonElement.ParseValue(ref reader);

    internal static global::System.Collections.Generic.IReadOnlyList<T> ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::HookSnippets.Generator.Runtime.HookSnippetsJsonRead<T> read)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "an array");
        }

        var items = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            items.Add(read(ref reader));
        }

        return items.AsReadOnly();
    }

    internal static global::System.Collections.Generic.IReadOnlyDictionary<string, T> ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::HookSnippets.Generator.Runtime.HookSnippetsJsonRead<T> read)
    {
        ExpectObject(ref reader, "an object");
        var entries = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            entries[name] = read(ref reader);
        }

        return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, T>(entries);
    }

    internal static void ExpectObject(ref global::System.Text.Json.Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, what);
        }
    }

    internal static global::System.Text.Json.JsonException MissingMember(string type, string member) =>
        new("The JSON for " + type + " has no '" + member + "', which it requires.");

    internal static global::System.Text.Json.JsonException UnknownValue(string type, string value) =>
        new("'" + value + "' is not a known " + type + " value.");

    /// <summary>The fields of the API's error JSON, or nulls when the body is not a JSON object.</summary>
    internal static (string? Error, string? Message, string? ErrorCode) ReadError(byte[] body)
    {
        string? error = null;
        string? message = null;
        string? errorCode = null;
        try
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
            {
                return (null, null, null);
            }

            while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                var text = reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
                switch (name)
                {
                    case "error":
                        error = text;
                        break;
                    case "message":
                        message = text;
                        break;
                    case "error_description" or "description":
                        message ??= text;
                        break;
                    case "errorCode" or "error_code":
                        errorCode = text;
                        break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException)
        {
            return (null, null, null);
        }

        return (error, message, errorCode);
    }

    private static global::System.Text.Json.JsonException Unexpected(ref global::System.Text.Json.Utf8JsonReader reader, string expected) =>
        new("Expected " + expected + " in the response JSON but found " + reader.TokenType.ToString() + ".");
}
