using System.Collections.Generic;
using System.Linq;

namespace HookSnippets.Description.CSharp;

/// <summary>
/// Records that a response can carry get no C# <c>required</c> members: a member the server leaves out stays null
/// instead of failing the call (responses are read leniently, docs/endpoint-format.md). Request-only records keep
/// theirs, so a caller still cannot forget one.
/// </summary>
internal static class ResponseTypes
{
    public static EquatableArray<TypeSpec> WithLenientResponses(IEnumerable<TypeSpec> emitted, EquatableArray<GroupSpec> groups)
    {
        var types = emitted.ToList();
        var byName = new Dictionary<string, TypeSpec>();
        foreach (var type in types)
        {
            byName[type.Name] = type;
        }

        var reachable = new HashSet<string>();
        var pending = new Stack<TypeRef>(groups.SelectMany(g => g.Operations).Select(o => o.ResultType).OfType<TypeRef>());
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.Element is { } element)
            {
                pending.Push(element);
            }

            if (type.Name is { } name && reachable.Add(name) && byName.TryGetValue(name, out var spec))
            {
                foreach (var property in spec.Properties)
                {
                    pending.Push(property.Type);
                }
            }
        }

        return types.Select(type => type.Kind == TypeSpecKind.Record && reachable.Contains(type.Name)
                ? type with { Properties = type.Properties.Select(p => p with { Required = false }).ToEquatableArray() }
                : type)
            .ToEquatableArray();
    }
}
