using HookSnippets.Description.Diagnostics;
using HookSnippets.Snippets.Requests;
using Scriban;
using Scriban.Runtime;

namespace HookSnippets.Snippets.Rendering;

/// <summary>
/// The <c>csharp_client</c> global of a request the generated client cannot send yet: reading any member of it refuses
/// the sample (HS3009), so no template can write a client call that sends something else.
/// </summary>
internal sealed class ClientGapObject(ClientGap gap) : ScriptObject
{
    public override bool TryGetValue(TemplateContext? context, Scriban.Parsing.SourceSpan span, string member, out object value) =>
        throw new SampleRefusedException(DiagnosticIds.NotSupportedByGeneratedClient, gap.Reason + "; no sample calling the generated client is written", gap.Span);
}
