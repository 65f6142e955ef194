// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// The API answered a success status with a body that does not fit the operation's schema at all (an object where a
/// string belongs, text that is not JSON): the call is not retried, and <see cref="JsonPath"/> says where reading
/// stopped. Members the description does not list and values it does not list for an enum are no reason for it.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public sealed class UnexpectedResponseException : global::HookSnippets.Generator.Runtime.ApiException
{
    /// <summary>An unreadable answer as a test describes it.</summary>
    public UnexpectedResponseException(
        string operationId,
        global::HookSnippets.Generator.Runtime.ApiResponse response,
        string rawBody,
        string jsonPath,
        string reason,
        global::System.Exception? innerException = null)
        : base(operationId, response, rawBody, "the body does not fit the description at " + jsonPath + ": " + reason, innerException)
    {
        JsonPath = jsonPath;
    }

    /// <summary>Where in the body reading failed, as a JSONPath: <c>$</c>, <c>$.hooks[2].triggerId</c>.</summary>
    public string JsonPath { get; }
}
