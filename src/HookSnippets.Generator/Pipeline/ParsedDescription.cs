using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;

namespace HookSnippets.Generator.Pipeline;

/// <summary>A description file read and validated: the model when it has no error, and every diagnostic.</summary>
internal sealed record ParsedDescription(
    string Path,
    FileOptions Options,
    ApiDescription? Description,
    EquatableArray<DiagnosticInfo> Diagnostics);
