using HookSnippets.Description.Model;
using HookSnippets.Snippets.Output;

namespace HookSnippets.Tests.Shared;

/// <summary>
/// How many samples each operation of a render accounts for: the files of its folder plus the samples a target
/// declared it cannot send (HS3008, HS3009: located from the operation's name to the end of its object), which are
/// not written. A complete render accounts for one per target and operation.
/// </summary>
internal static class SamplesPerOperation
{
    public static IReadOnlyDictionary<string, int> Count(ApiDescription api, RenderResult rendered)
    {
        var declined = rendered.Diagnostics.Where(d => d.Id is "HS3008" or "HS3009").ToList();
        var files = (rendered.Files?.Paths ?? []).Where(p => p.Contains('/')).GroupBy(p => p[..p.IndexOf('/')], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return api.Operations.ToDictionary(
            o => o.Id,
            o => files.GetValueOrDefault(o.Id) + declined.Count(d => d.Span.Start >= Math.Min(o.IdSpan.Start, o.Span.Start) && d.Span.Start < o.Span.End),
            StringComparer.Ordinal);
    }
}
