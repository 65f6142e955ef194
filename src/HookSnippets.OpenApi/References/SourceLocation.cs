using HookSnippets.Description.Text;
using HookSnippets.OpenApi.Sources;

namespace HookSnippets.OpenApi.References;

/// <summary>Where a node of the combined document was written: its file, its pointer in that file and its span.</summary>
internal sealed record SourceLocation(SourceFile File, string FilePointer, SourceSpan Span);
