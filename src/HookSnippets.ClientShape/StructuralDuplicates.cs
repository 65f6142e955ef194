using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HookSnippets.Description;

namespace HookSnippets.ClientShape;

/// <summary>
/// Merges generated types that are exact structural duplicates under different names (OpenAPI files often give every
/// operation its own copy of one schema: the Management API has hundreds). Two types are duplicates when they have the
/// same kind, the same members in the same order (JSON name, C# name, type, required, nullable, documentation), the
/// same enum values and the same limits, where member types that are themselves duplicates count as the same
/// (recursive types too). The type's own summary is not compared. Each set of duplicates becomes one C# type named
/// after its first member in emission order (declared types in description order, then inline types in the order
/// met), and every use of the others refers to it.
/// </summary>
internal static class StructuralDuplicates
{
    public static MergedTypes Merge(ReachedTypes reached)
    {
        var (types, groups) = (reached.Types, reached.Groups);
        var canonical = CanonicalNames(types);
        if (canonical.Count == 0)
        {
            return new MergedTypes(types, groups);
        }

        var merged = new List<TypeShape>();
        foreach (var type in types)
        {
            if (!canonical.ContainsKey(type.Name))
            {
                merged.Add(type with { Properties = type.Properties.Select(p => p with { Type = Rename(p.Type, canonical) }).ToEquatableArray() });
            }
        }

        var renamedGroups = groups.Select(group => group with
            {
                Operations = group.Operations.Select(operation => operation with
                    {
                        Parameters = operation.Parameters.Select(p => p with { Type = Rename(p.Type, canonical) }).ToEquatableArray(),
                        ResultType = operation.ResultType is { } result ? Rename(result, canonical) : null,
                    })
                    .ToEquatableArray(),
            })
            .ToEquatableArray();
        return new MergedTypes(merged, renamedGroups);
    }

    /// <summary>
    /// Each duplicate's name mapped to the name it merges into (the first of its class). Classes are refined from
    /// "same shape, any referenced type" until referenced types are compared by class too and nothing splits any more
    /// (Moore's partition refinement), so mutually recursive duplicates merge as well.
    /// </summary>
    private static Dictionary<string, string> CanonicalNames(List<TypeShape> types)
    {
        var shapes = new List<string>(types.Count);
        var references = new List<List<string>>(types.Count);
        foreach (var type in types)
        {
            var named = new List<string>();
            shapes.Add(Shape(type, named));
            references.Add(named);
        }

        var classes = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var count = -1;
        var key = new StringBuilder();
        for (var round = 0; ; round++)
        {
            var ids = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var next = new Dictionary<string, int>(System.StringComparer.Ordinal);
            for (var i = 0; i < types.Count; i++)
            {
                key.Clear().Append(shapes[i]);
                if (round > 0)
                {
                    foreach (var name in references[i])
                    {
                        key.Append('|');
                        if (classes.TryGetValue(name, out var referenced))
                        {
                            key.Append(referenced.ToString(CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            Text(key, name);
                        }
                    }
                }

                var text = key.ToString();
                if (!ids.TryGetValue(text, out var id))
                {
                    id = ids.Count;
                    ids.Add(text, id);
                }

                next[types[i].Name] = id;
            }

            classes = next;
            if (ids.Count == count)
            {
                break;
            }

            count = ids.Count;
        }

        var first = new Dictionary<int, string>();
        var canonical = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var type in types)
        {
            var id = classes[type.Name];
            if (first.TryGetValue(id, out var name))
            {
                canonical.Add(type.Name, name);
            }
            else
            {
                first.Add(id, type.Name);
            }
        }

        return canonical;
    }

    /// <summary>
    /// Everything compared except which types are referenced, as text with length-prefixed strings; the names of the
    /// referenced types go to <paramref name="references"/> in order.
    /// </summary>
    private static string Shape(TypeShape type, List<string> references)
    {
        var key = new StringBuilder();
        key.Append((int)type.Kind).Append('|');
        Text(key, type.ItemsProperty);
        Number(key, type.MinProperties);
        key.Append(type.Closed ? 'c' : 'a');
        foreach (var property in type.Properties)
        {
            key.Append('p');
            Text(key, property.Name);
            Text(key, property.PropertyName);
            Reference(key, property.Type, references);
            key.Append(property.Required ? 'r' : 'o').Append(property.Nullable ? 'n' : 'v');
            Text(key, property.Description);
        }

        foreach (var member in type.Members)
        {
            key.Append('m');
            Text(key, member.Name);
            Text(key, member.Value);
        }

        return key.ToString();
    }

    private static void Reference(StringBuilder key, TypeRef type, List<string> references)
    {
        key.Append('(').Append((int)type.Kind).Append(type.Nullable ? '?' : '!');
        if (type.Name is { } name)
        {
            references.Add(name);
        }

        Number(key, type.MinCount);
        Number(key, type.MaxCount);
        if (type.Element is { } element)
        {
            Reference(key, element, references);
        }

        key.Append(')');
    }

    private static void Text(StringBuilder key, string? text)
    {
        if (text is null)
        {
            key.Append('-');
            return;
        }

        key.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
    }

    private static void Number(StringBuilder key, int? value) =>
        key.Append(value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "-").Append(',');

    private static TypeRef Rename(TypeRef type, Dictionary<string, string> canonical)
    {
        var element = type.Element is { } inner ? Rename(inner, canonical) : null;
        var name = type.Name is { } old && canonical.TryGetValue(old, out var renamed) ? renamed : type.Name;
        return ReferenceEquals(element, type.Element) && name == type.Name ? type : type with { Name = name, Element = element };
    }
}
