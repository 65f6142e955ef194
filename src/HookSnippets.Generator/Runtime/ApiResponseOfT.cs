// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>A successful call's value with its status and headers (<c>ApiResponse.CaptureAsync(o =&gt; client.Hooks.GetAsync(id, requestOptions: o))</c>).</summary>
/// <typeparam name="T">The type of the value the operation answers.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public sealed class ApiResponse<T> : global::HookSnippets.Generator.Runtime.ApiResponse
{
    /// <summary>An answer as a test describes it.</summary>
    public ApiResponse(
        T value,
        global::System.Net.HttpStatusCode statusCode = global::System.Net.HttpStatusCode.OK,
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>? headers = null,
        int attempts = 1)
        : base(statusCode, headers, attempts)
    {
        Value = value;
    }

    internal ApiResponse(T value, global::HookSnippets.Generator.Runtime.ApiResponse response)
        : base(response)
    {
        Value = value;
    }

    /// <summary>What the operation answered, read from the body.</summary>
    public T Value { get; }
}
