// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>Reads one JSON value; the reader stands on its first token and is left on its last.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
internal delegate T HookSnippetsJsonRead<T>(ref global::System.Text.Json.Utf8JsonReader reader);
