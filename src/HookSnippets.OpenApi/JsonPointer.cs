namespace HookSnippets.OpenApi;

/// <summary>RFC 6901 JSON pointers in URI fragment form (<c>#/paths/~1hooks/get</c>), the locations the report uses.</summary>
internal static class JsonPointer
{
    public const string Root = "#";

    public static string Append(string pointer, string token) => pointer + "/" + token.Replace("~", "~0").Replace("/", "~1");

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The unescaped tokens of a pointer such as <c>#/a/b~1c</c>; null when it is not a local pointer.</summary>
    public static IReadOnlyList<string>? Split(string pointer)
    {
        var path = pointer.StartsWith('#') ? pointer[1..] : pointer;
        if (path.Length == 0)
        {
            return [];
        }

        if (!path.StartsWith('/'))
        {
            return null;
        }

        return path[1..].Split('/').Select(t => Uri.UnescapeDataString(t).Replace("~1", "/").Replace("~0", "~")).ToList();
    }
}
