using System.Linq;
using HookSnippets.Description;

namespace HookSnippets.ClientShape;

/// <summary>
/// Records that a response can carry get no C# <c>required</c> members: a member the server leaves out stays null
/// instead of failing the call (responses are read leniently, docs/endpoint-format.md). Request-only records keep
/// theirs, so a caller still cannot forget one.
/// </summary>
internal static class ResponseTypes
{
    public static CompletedTypes WithLenientResponses(CompletedTypes completed)
    {
        var reachable = TypeGraph.Reachable(TypeGraph.Received(completed.Groups), TypeGraph.ByName(completed.Types));
        var types = completed.Types.Select(type => type.Kind == TypeShapeKind.Record && reachable.Contains(type.Name)
                ? type with { Properties = type.Properties.Select(p => p with { Required = false }).ToEquatableArray() }
                : type)
            .ToList();
        return completed with { Types = types };
    }
}
