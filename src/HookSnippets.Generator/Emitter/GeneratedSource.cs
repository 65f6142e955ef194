namespace HookSnippets.Generator.Emitter;

/// <summary>One generated file: its stable hint name and its text (LF newlines).</summary>
public sealed record GeneratedSource(string HintName, string Text);
