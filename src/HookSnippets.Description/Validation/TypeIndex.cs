using System.Collections.Generic;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Validation;

/// <summary>
/// <see cref="ApiDescription.FindType"/> by hash: every <c>$ref</c> is resolved through it, and a linear search per
/// reference made validation quadratic in the number of types. The first type of a name wins, as in FindType.
/// </summary>
internal sealed class TypeIndex
{
    private readonly Dictionary<string, Schema> _types = new(System.StringComparer.Ordinal);

    public TypeIndex(ApiDescription description)
    {
        foreach (var type in description.Types)
        {
            if (!_types.ContainsKey(type.Name))
            {
                _types.Add(type.Name, type.Schema);
            }
        }
    }

    public Schema? Find(string name) => _types.TryGetValue(name, out var schema) ? schema : null;
}
