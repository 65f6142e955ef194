using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// The docs page's "Value | Description" rows (docs/endpoint-format.md, "Placeholders"): base URL variables (unless
/// <c>--base-url</c> replaced them, so they appear in no sample), the auth example, the value text of every parameter
/// example in declared order (one row per array item), then the body's placeholders. A value appears once, with the
/// first description found for it.
/// </summary>
internal static class PlaceholderTable
{
    public static Placeholder[] Collect(ApiDescription api, Operation operation, bool includeVariables)
    {
        var rows = new List<Placeholder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string value, string? description)
        {
            if (value.Length > 0 && seen.Add(value))
            {
                rows.Add(new Placeholder(value, description ?? string.Empty));
            }
        }

        if (includeVariables)
        {
            foreach (var variable in api.Variables)
            {
                Add(variable.Example, variable.Description);
            }
        }

        if (api.SecurityOf(operation) is [var first, ..])
        {
            foreach (var name in first.Schemes)
            {
                if (api.FindScheme(name) is { Example: { } example } scheme)
                {
                    Add(example, scheme.Description);
                }
            }
        }

        foreach (var parameter in operation.Parameters)
        {
            var items = parameter.Example is JsonArray array ? array.Items.ToArray() : parameter.Example is { } example ? [example] : [];
            foreach (var item in items)
            {
                if (ValueText.Of(item) is { } text)
                {
                    Add(text, parameter.Description);
                }
            }
        }

        if (operation.Body is { } body)
        {
            foreach (var placeholder in body.Placeholders)
            {
                Add(placeholder.Value, placeholder.Description);
            }
        }

        return rows.ToArray();
    }

}
