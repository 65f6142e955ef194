using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// The docs page's "Value | Description" rows: base URL variables (unless <c>--base-url</c> replaced them), the auth
/// example, string examples of path, query and header parameters in declared order, then the body's placeholders.
/// A value appears once, with the first description found for it.
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
                if (api.BaseUrl.Contains("{" + variable.Name + "}", StringComparison.Ordinal))
                {
                    Add(variable.Example, variable.Description);
                }
            }
        }

        if (api.Auth is { } auth)
        {
            Add(auth.Example, auth.Description);
        }

        foreach (var location in new[] { ParameterLocation.Path, ParameterLocation.Query, ParameterLocation.Header })
        {
            foreach (var parameter in operation.Parameters)
            {
                if (parameter.In == location && parameter.Example is JsonString text)
                {
                    Add(text.Value, parameter.Description);
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
