using HookSnippets.Description.Bodies;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// The docs page's "Value | Description" rows (docs/endpoint-format.md, "Placeholders"): base URL variables (unless
/// <c>--base-url</c> replaced them, so they appear in no sample), the credentials the operation sends, the value text
/// of every parameter example in declared order (one row per array item), the body's placeholders, then the local
/// files it reads. A value appears once, with the first description found for it.
/// </summary>
internal static class PlaceholderTable
{
    private const string FileDescription = "A local file the sample uploads (verify supplies one of that name).";

    /// <summary>The rows of an operation's docs page: those of every example set, in set order, each value once.</summary>
    public static Placeholder[] Collect(ApiDescription api, IReadOnlyList<Operation> sets, bool includeVariables)
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

        if (api.SecurityOf(sets[0]) is [var first, ..])
        {
            foreach (var scheme in first.Schemes.Select(api.FindScheme).OfType<AuthScheme>())
            {
                if (scheme.Type == AuthType.Basic)
                {
                    Add(scheme.Username!, scheme.Description ?? "Username for HTTP basic authentication.");
                    Add(scheme.Password!, scheme.Description ?? "Password for HTTP basic authentication.");
                }
                else
                {
                    Add(scheme.Example!, scheme.Description);
                }
            }
        }

        foreach (var operation in sets)
        {
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
        }

        if (sets[0].Body is { } body)
        {
            foreach (var placeholder in body.Placeholders)
            {
                Add(placeholder.Value, placeholder.Description);
            }

            foreach (var file in sets.SelectMany(Files).Distinct(StringComparer.Ordinal))
            {
                Add(file, FileDescription);
            }
        }

        return rows.ToArray();
    }

    /// <summary>The local file names an operation's body reads (a file body's example, file fields' values).</summary>
    private static IEnumerable<string> Files(Operation operation) => operation.Body switch
    {
        { Kind: BodyKind.File, Example: JsonString name } => [name.Value],
        { Kind: BodyKind.Multipart, Example: { } example } body => BodyFields.Of(body, example).Fields.Where(f => f.Kind == FieldKind.File).Select(f => f.Value),
        _ => [],
    };
}
