using System.Collections.Generic;
using HookSnippets.Description;

namespace HookSnippets.ClientShape;

/// <summary>Walks the generated types that type references lead to (record members, map values, list items).</summary>
internal static class TypeGraph
{
    /// <summary>
    /// The names of the generated types reachable from <paramref name="roots"/>; <paramref name="alsoReaches"/> adds an
    /// edge from a type to another one its members do not name.
    /// </summary>
    public static HashSet<string> Reachable(IEnumerable<TypeRef> roots, IReadOnlyDictionary<string, TypeShape> byName, IReadOnlyDictionary<string, string>? alsoReaches = null)
    {
        var reachable = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<TypeRef>(roots);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.Element is { } element)
            {
                pending.Push(element);
            }

            if (type.Name is { } name && reachable.Add(name) && byName.TryGetValue(name, out var shape))
            {
                foreach (var property in shape.Properties)
                {
                    pending.Push(property.Type);
                }

                if (alsoReaches is not null && alsoReaches.TryGetValue(name, out var other))
                {
                    pending.Push(TypeRef.Named(TypeKind.Record, other));
                }
            }
        }

        return reachable;
    }

    public static Dictionary<string, TypeShape> ByName(IEnumerable<TypeShape> types)
    {
        var byName = new Dictionary<string, TypeShape>(System.StringComparer.Ordinal);
        foreach (var type in types)
        {
            byName[type.Name] = type;
        }

        return byName;
    }

    /// <summary>Every type an operation sends (body, parameters) or receives (result).</summary>
    public static IEnumerable<TypeRef> Sent(EquatableArray<GroupShape> groups)
    {
        foreach (var group in groups)
        {
            foreach (var operation in group.Operations)
            {
                foreach (var parameter in operation.Parameters)
                {
                    yield return parameter.Type;
                }
            }
        }
    }

    public static IEnumerable<TypeRef> Received(EquatableArray<GroupShape> groups)
    {
        foreach (var group in groups)
        {
            foreach (var operation in group.Operations)
            {
                if (operation.ResultType is { } result)
                {
                    yield return result;
                }
            }
        }
    }
}
