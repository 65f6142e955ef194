namespace HookSnippets.Snippets.Rendering;

/// <summary>A pack file's text and the path that diagnostics name (<c>templates/shell/curl/curl.sbn</c> for a shipped one).</summary>
public sealed record TemplateSource(string Path, string Text);
