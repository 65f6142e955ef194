// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>JSON reading helpers for the generated code (no reflection).</summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
internal static class HookSnippetsJson
{
    /// <summary>
    /// The operation's value read from a success answer's body. A body that does not fit (wrong JSON type, not JSON,
    /// more than one value) throws <see cref="global::HookSnippets.Generator.Runtime.UnexpectedResponseException"/>
    /// with the JSON path where reading stopped, never a bare JsonException.
    /// </summary>
    internal static T Parse<T>(string operationId, global::HookSnippets.Generator.Runtime.ApiResponse response, global::HookSnippets.Generator.Runtime.HookSnippetsJsonRead<T> read)
    {
        var body = response.Body;
        var reader = new global::System.Text.Json.Utf8JsonReader(body);
        try
        {
            if (!reader.Read())
            {
                throw new global::System.Text.Json.JsonException("the body holds no JSON value");
            }

            var value = read(ref reader);
            if (reader.Read())
            {
                throw new global::System.Text.Json.JsonException("the body holds more than one JSON value");
            }

            return value;
        }
        catch (global::System.Exception exception) when (exception is global::System.Text.Json.JsonException or global::System.InvalidOperationException or global::System.FormatException)
        {
            var path = PathAt(body, reader.TokenStartIndex);
            throw new global::HookSnippets.Generator.Runtime.UnexpectedResponseException(
                operationId, response, global::HookSnippets.Generator.Runtime.HookSnippetsHttp.DecodeBody(body), path, exception.Message, exception);
        }
    }

    /// <summary>
    /// <see cref="Parse{T}"/> once the answer has come. The one state machine every operation shares: the generated
    /// methods build their request synchronously and return this task, so a client of hundreds of operations compiles
    /// no async state machine of its own for them (docs/generated-client.md, "Cost of a big client").
    /// <paramref name="emptyIsNull"/>: an empty body is the value null (a response that may have no body).
    /// </summary>
    internal static async global::System.Threading.Tasks.Task<T> ParseAsync<T>(global::System.Threading.Tasks.Task<global::HookSnippets.Generator.Runtime.ApiResponse> sending, string operationId, global::HookSnippets.Generator.Runtime.HookSnippetsJsonRead<T> read, bool emptyIsNull)
    {
        var response = await sending.ConfigureAwait(false);
        return emptyIsNull && response.Body.Length == 0 ? default! : Parse(operationId, response, read);
    }

    /// <summary>
    /// The JSONPath of the value or member name starting at <paramref name="offset"/>, found by reading the body again
    /// up to there: readers track no path, so the happy path pays nothing for it.
    /// </summary>
    internal static string PathAt(byte[] body, long offset)
    {
        var frames = new global::System.Collections.Generic.List<(bool Array, int Index, string? Name)>();
        var reader = new global::System.Text.Json.Utf8JsonReader(body, new global::System.Text.Json.JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is global::System.Text.Json.JsonTokenType.EndObject or global::System.Text.Json.JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                if (token == global::System.Text.Json.JsonTokenType.PropertyName)
                {
                    frames[frames.Count - 1] = (false, 0, reader.GetString());
                }
                else if (frames.Count > 0 && frames[frames.Count - 1].Array)
                {
                    frames[frames.Count - 1] = (true, frames[frames.Count - 1].Index + 1, null);
                }

                if (reader.TokenStartIndex >= offset)
                {
                    break;
                }

                if (token is global::System.Text.Json.JsonTokenType.StartObject or global::System.Text.Json.JsonTokenType.StartArray)
                {
                    frames.Add((token == global::System.Text.Json.JsonTokenType.StartArray, -1, null));
                }
            }
        }
        catch (global::System.Text.Json.JsonException)
        {
            // Not JSON from here on: the path of the last value read is where it broke.
        }

        var path = new global::System.Text.StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.Array)
            {
                path.Append('[').Append(frame.Index < 0 ? 0 : frame.Index).Append(']');
            }
            else if (frame.Name is { } name && IsPlainName(name))
            {
                path.Append('.').Append(name);
            }
            else if (frame.Name is { } quoted)
            {
                path.Append("['").Append(quoted.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
            }
        }

        return path.ToString();
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'))
            {
                return false;
            }
        }

        return true;
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
        new("the " + type + " object has no '" + member + "', which it requires");

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
        new("expected " + expected + " but found " + reader.TokenType.ToString());
}
