using System.Collections.Generic;
using System.Linq;
using HookSnippets.Description;

namespace HookSnippets.ClientShape;

/// <summary>Marks each type with the JSON code the client calls for it (<see cref="TypeUsage"/>).</summary>
internal static class TypeUsages
{
    /// <summary>
    /// Leaves out the types no operation sends or receives, directly or through another type (such as the branches of
    /// a union the importer simplified to any value): no method of the client takes or returns them. The named page of
    /// a list result stays (<see cref="CompletedTypes.ListPages"/>).
    /// </summary>
    public static ReachedTypes Reached(CompletedTypes completed)
    {
        var groups = completed.Groups;
        var reached = TypeGraph.Reachable(TypeGraph.Sent(groups).Concat(TypeGraph.Received(groups)), TypeGraph.ByName(completed.Types), completed.ListPages);
        return new ReachedTypes(completed.Types.Where(type => reached.Contains(type.Name)).ToList(), groups);
    }

    /// <summary>The last step: the merged types, each marked with what the client calls for it.</summary>
    public static EquatableArray<TypeShape> Mark(MergedTypes merged)
    {
        var (types, groups) = (merged.Types, merged.Groups);
        var byName = TypeGraph.ByName(types);
        var read = TypeGraph.Reachable(TypeGraph.Received(groups), byName);
        var written = TypeGraph.Reachable(TypeGraph.Sent(groups), byName);
        var counted = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var type in TypeGraph.Sent(groups))
        {
            // Only a body's own record has its members counted (OperationEmitter's minProperties/maxProperties check).
            if (type.Kind == TypeKind.Record && (type.MinCount is not null || type.MaxCount is not null) && type.Name is { } name)
            {
                counted.Add(name);
            }
        }

        return types.Select(type => type with
            {
                Usage = (read.Contains(type.Name) ? TypeUsage.Read : TypeUsage.None)
                    | (written.Contains(type.Name) ? TypeUsage.Written : TypeUsage.None)
                    | (counted.Contains(type.Name) ? TypeUsage.Counted : TypeUsage.None),
                Properties = written.Contains(type.Name) ? WithThreeStates(type.Properties) : type.Properties,
            })
            .ToEquatableArray();
    }

    /// <summary>An optional nullable member of a record a request sends can be left out or sent as an explicit null.</summary>
    private static EquatableArray<PropertyShape> WithThreeStates(EquatableArray<PropertyShape> properties) =>
        properties.Select(p => !p.Required && p.Nullable ? p with { ThreeState = true } : p).ToEquatableArray();
}
