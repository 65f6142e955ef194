using System.Collections.Generic;
using System.Linq;

namespace HookSnippets.Description.CSharp;

/// <summary>
/// Marks each type with the JSON code the client calls for it (<see cref="TypeUsage"/>) and leaves out the types no
/// operation sends or receives, directly or through another type (such as the branches of a union exposed as
/// JsonElement): no method of the client takes or returns them.
/// </summary>
internal static class TypeUsages
{
    public static EquatableArray<TypeSpec> Mark(List<TypeSpec> types, EquatableArray<GroupSpec> groups)
    {
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
            })
            .Where(type => type.Usage != TypeUsage.None)
            .ToEquatableArray();
    }
}
