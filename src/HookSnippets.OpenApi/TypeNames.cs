using System.Text;
using HookSnippets.Description.Naming;

namespace HookSnippets.OpenApi;

/// <summary>
/// Type names for <c>components.schemas</c>: characters outside <c>[A-Za-z0-9_]</c> become <c>_</c>, a name that does
/// not start with a letter gets a <c>T</c>, and a name whose C# form is taken gets <c>_2</c>, <c>_3</c>... (reported).
/// </summary>
internal sealed class TypeNames
{
    private readonly Dictionary<string, string> _byComponent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byType = new(StringComparer.Ordinal);

    public TypeNames(IEnumerable<string> componentNames, ImportReport report)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in componentNames)
        {
            var baseName = Sanitize(component);
            var name = baseName;
            for (var n = 2; !taken.Add(Identifiers.ToPascalCase(name)); n++)
            {
                name = baseName + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (name != component)
            {
                report.Add(JsonPointer.Append("#/components/schemas", component), $"type renamed to '{name}' (type names are [A-Za-z][A-Za-z0-9_]* and unique in C#)");
            }

            _byComponent.Add(component, name);
            _byType.Add(name, component);
        }
    }

    public string? Find(string component) => _byComponent.GetValueOrDefault(component);

    public string ComponentOf(string typeName) => _byType[typeName];

    public string? ComponentOfType(string typeName) => _byType.GetValueOrDefault(typeName);

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (builder.Length == 0 || !char.IsAsciiLetter(builder[0]))
        {
            builder.Insert(0, 'T');
        }

        return builder.ToString();
    }
}
