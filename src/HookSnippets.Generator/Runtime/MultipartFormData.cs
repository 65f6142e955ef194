// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// The parts of a <c>multipart/form-data</c> body, sent in the order they are added: text, JSON (a part holding a
/// compact JSON value) and files. A name added twice is sent twice (how arrays travel). Written with a collection
/// initializer: <c>new MultipartFormData { { "purpose", "avatar" }, { "file", new FileContent(stream, "a.png", "image/png") } }</c>.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public sealed class MultipartFormData : global::System.Collections.Generic.IEnumerable<string>
{
    private readonly global::System.Collections.Generic.List<Part> _parts = new();

    internal global::System.Collections.Generic.IReadOnlyList<Part> Parts => _parts;

    /// <summary>Adds a text part.</summary>
    /// <exception cref="global::System.ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is null.</exception>
    public void Add(string name, string value) =>
        _parts.Add(new Part(Check(name), value ?? throw new global::System.ArgumentNullException(nameof(value)), default, null));

    /// <summary>Adds a part holding <paramref name="value"/> as compact JSON.</summary>
    /// <exception cref="global::System.ArgumentException"><paramref name="value"/> is a default JsonElement, which holds no value.</exception>
    public void Add(string name, global::System.Text.Json.JsonElement value)
    {
        if (value.ValueKind == global::System.Text.Json.JsonValueKind.Undefined)
        {
            throw new global::System.ArgumentException("A default JsonElement holds no value to send.", nameof(value));
        }

        _parts.Add(new Part(Check(name), null, value, null));
    }

    /// <summary>Adds a file part.</summary>
    /// <exception cref="global::System.ArgumentNullException"><paramref name="name"/> or <paramref name="file"/> is null.</exception>
    public void Add(string name, global::HookSnippets.Generator.Runtime.FileContent file) =>
        _parts.Add(new Part(Check(name), null, default, file ?? throw new global::System.ArgumentNullException(nameof(file))));

    /// <summary>The part names, in order (a collection initializer needs an enumerable).</summary>
    /// <returns>The names.</returns>
    public global::System.Collections.Generic.IEnumerator<string> GetEnumerator()
    {
        foreach (var part in _parts)
        {
            yield return part.Name;
        }
    }

    global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static string Check(string name) => name ?? throw new global::System.ArgumentNullException(nameof(name));

    /// <summary>One part: <see cref="Text"/>, else <see cref="File"/>, else <see cref="Json"/>.</summary>
    internal sealed record Part(string Name, string? Text, global::System.Text.Json.JsonElement Json, global::HookSnippets.Generator.Runtime.FileContent? File);
}
