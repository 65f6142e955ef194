namespace HookSnippets.OpenApi;

/// <summary>RFC 6901 JSON pointers in URI fragment form (<c>#/paths/~1hooks/get</c>), the locations the report uses.</summary>
internal static class JsonPointer
{
    public const string Root = "#";

    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");

    public static string FromTokens(IEnumerable<string> tokens) => Root + string.Concat(tokens.Select(t => "/" + Escape(t)));

    /// <summary>
    /// The unescaped tokens of a pointer such as <c>#/a/b~1c</c>; null when it is not a pointer. The fragment of a
    /// <c>$ref</c> is a URI fragment, so its tokens are percent-decoded too (<paramref name="percentEncoded"/>).
    /// </summary>
    public static IReadOnlyList<string>? Split(string pointer, bool percentEncoded = false)
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

        return path[1..].Split('/').Select(t => Unescape(percentEncoded ? Uri.UnescapeDataString(t) : t)).ToList();
    }

    private static string Unescape(string token) => token.Replace("~1", "/").Replace("~0", "~");
}
