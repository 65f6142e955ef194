using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Snippets.Rendering;

/// <summary>A template failed to parse or render: one or more HS3001 diagnostics located in the template file.</summary>
public sealed class TemplateException(EquatableArray<DiagnosticInfo> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public EquatableArray<DiagnosticInfo> Diagnostics { get; } = diagnostics;
}
