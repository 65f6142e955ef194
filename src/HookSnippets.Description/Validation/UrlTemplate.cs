using System.Collections.Generic;
using System.Globalization;

namespace HookSnippets.Description.Validation;

/// <summary>The <c>{name}</c> holes of a path or base URL template, or why the template is malformed.</summary>
internal sealed class UrlTemplate
{
    private UrlTemplate(List<string> names, string? error)
    {
        Names = names;
        Error = error;
    }

    /// <summary>Hole names in order of appearance (a repeated name appears once).</summary>
    public List<string> Names { get; }

    public string? Error { get; }

    public static UrlTemplate Parse(string template)
    {
        var names = new List<string>();
        var index = 0;
        while (index < template.Length)
        {
            var c = template[index];
            if (c == '}')
            {
                return Fail(names, "'}' at character " + Position(index) + " has no opening '{'");
            }

            if (c != '{')
            {
                index++;
                continue;
            }

            var close = template.IndexOf('}', index + 1);
            var nextOpen = template.IndexOf('{', index + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                return Fail(names, "'{' at character " + Position(index) + " has no closing '}'");
            }

            var name = template.Substring(index + 1, close - index - 1);
            if (name.Length == 0)
            {
                return Fail(names, "'{}' at character " + Position(index) + " names no parameter");
            }

            if (!names.Contains(name))
            {
                names.Add(name);
            }

            index = close + 1;
        }

        return new UrlTemplate(names, null);
    }

    /// <summary>The template with each hole replaced; holes without a value stay as written.</summary>
    public static string Substitute(string template, IReadOnlyDictionary<string, string> values)
    {
        var result = new System.Text.StringBuilder(template.Length);
        var index = 0;
        while (index < template.Length)
        {
            var close = template[index] == '{' ? template.IndexOf('}', index + 1) : -1;
            if (close > index && values.TryGetValue(template.Substring(index + 1, close - index - 1), out var value))
            {
                result.Append(value);
                index = close + 1;
            }
            else
            {
                result.Append(template[index++]);
            }
        }

        return result.ToString();
    }

    private static UrlTemplate Fail(List<string> names, string error) => new(names, error);

    private static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
