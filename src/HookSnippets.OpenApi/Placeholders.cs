namespace HookSnippets.OpenApi;

/// <summary>
/// Placeholder spellings in the style of the Auth0 docs pages (docs/openapi-import.md, "Placeholders"):
/// <list type="bullet">
/// <item>a server variable <c>tenantDomain</c> → <c>YOUR_TENANT_DOMAIN</c>;</item>
/// <item>the token: the words of <c>info.title</c> (a brand such as "OpenAI" is one word), version words left out,
/// each shortened by a fixed table (Management → MGMT, Authentication → AUTH, ...), then <c>ACCESS_TOKEN</c>; when the
/// second word is one of the table's (a product area of the vendor the first word names), the vendor is left out:
/// "Auth0 Management API" → <c>MGMT_API_ACCESS_TOKEN</c>, "OpenAI API" → <c>OPENAI_API_ACCESS_TOKEN</c>,
/// "Tic Tac Toe" → <c>TIC_TAC_TOE_ACCESS_TOKEN</c>;</item>
/// <item>a path parameter: the singular of the literal segment before it, then the parameter's words, without
/// repeating a shared word: <c>/hooks/{id}</c> → <c>HOOK_ID</c>, <c>/users/{user_id}</c> → <c>USER_ID</c>;</item>
/// <item>body values: the singulars of the path's last two literal segments, then the property's words:
/// <c>POST /hooks/{id}/secrets</c> map → <c>HOOK_SECRET_KEY</c> / <c>HOOK_SECRET_VALUE</c>.</item>
/// </list>
/// </summary>
internal static class Placeholders
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["management"] = "mgmt",
        ["authentication"] = "auth",
        ["authorization"] = "authz",
        ["application"] = "app",
        ["applications"] = "apps",
        ["organization"] = "org",
        ["configuration"] = "config",
        ["administration"] = "admin",
        ["information"] = "info",
        ["development"] = "dev",
    };

    public static string ServerVariable(string name) => Words.UpperSnake(["your", .. Words.Split(name)]);

    public static string Token(string? title)
    {
        var words = Words.OfTitle(title ?? string.Empty).Select(w => w.ToLowerInvariant()).Where(w => !IsVersion(w)).ToList();
        if (words.Count > 1 && Abbreviations.ContainsKey(words[1]))
        {
            words.RemoveAt(0);
        }

        var shortened = words.Select(w => Abbreviations.GetValueOrDefault(w, w));
        return Words.UpperSnake([.. shortened, "access", "token"]);
    }

    /// <summary>The words of the literal segment before a path parameter, made singular.</summary>
    public static List<string> PathParameterStem(string path, string parameter)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.IndexOf(segments, "{" + parameter + "}");
        for (var i = index - 1; i >= 0; i--)
        {
            if (!segments[i].StartsWith('{'))
            {
                return SingularWords(segments[i]);
            }
        }

        return [];
    }

    /// <summary>The singular words of the path's last two literal segments: <c>/hooks/{id}/secrets</c> → hook, secret.</summary>
    public static List<string> ResourceStem(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.StartsWith('{'))
            .TakeLast(2)
            .SelectMany(SingularWords)
            .ToList();

    public static string Join(IReadOnlyList<string> stem, string name) => Words.UpperSnake(Words.JoinWithoutOverlap(stem, Words.Split(name)));

    private static List<string> SingularWords(string segment)
    {
        var words = Words.Split(segment);
        if (words.Count > 0)
        {
            words[^1] = Words.Singular(words[^1]);
        }

        return words;
    }

    private static bool IsVersion(string word) => word.Length > 1 && word[0] == 'v' && word.Skip(1).All(char.IsAsciiDigit) || word.All(char.IsAsciiDigit);
}
