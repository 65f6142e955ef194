using System.Globalization;
using System.Text;

namespace HookSnippets.Description.Validation;

/// <summary>JSONPath-style locations inside an example, for messages: <c>$</c>, <c>$.triggerId</c>, <c>$['my key'][0]</c>.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Member(string parent, string name) =>
        IsPlainName(name) ? parent + "." + name : parent + "['" + Escape(name) + "']";

    public static string Item(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_' || name[0] == '$'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '$'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static string Escape(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c == '\'' || c == '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
