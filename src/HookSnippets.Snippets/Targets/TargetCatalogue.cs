namespace HookSnippets.Snippets.Targets;

/// <summary>The shipped targets, in the order docs pages show them, and the facts of languages a template pack may add.</summary>
public static class TargetCatalogue
{
    public static IReadOnlyList<SnippetTarget> BuiltIn { get; } =
    [
        new("shell", "curl", "sh", "cURL", "bash"),
        new("csharp", "client", "cs", "C# (generated client)", "csharp"),
        new("csharp", "httpclient", "cs", "C# (HttpClient)", "csharp"),
        new("go", "nethttp", "go", "Go", "go"),
        new("java", "httpclient", "java", "Java", "java"),
        new("node", "fetch", "mjs", "Node.js (fetch)", "javascript"),
        new("node", "axios", "mjs", "Node.js (axios)", "javascript"),
        new("php", "curl", "php", "PHP", "php"),
        new("python", "requests", "py", "Python (requests)", "python"),
        new("python", "httpclient", "py", "Python (http.client)", "python"),
        new("ruby", "nethttp", "rb", "Ruby", "ruby"),
        new("swift", "urlsession", "swift", "Swift", "swift"),
        new("objc", "nsurlsession", "m", "Objective-C", "objectivec"),
    ];

    private static readonly Dictionary<string, (string Extension, string Fence, string Name)> Languages = new(StringComparer.Ordinal)
    {
        ["shell"] = ("sh", "bash", "Shell"),
        ["csharp"] = ("cs", "csharp", "C#"),
        ["go"] = ("go", "go", "Go"),
        ["java"] = ("java", "java", "Java"),
        ["node"] = ("mjs", "javascript", "Node.js"),
        ["php"] = ("php", "php", "PHP"),
        ["python"] = ("py", "python", "Python"),
        ["ruby"] = ("rb", "ruby", "Ruby"),
        ["swift"] = ("swift", "swift", "Swift"),
        ["objc"] = ("m", "objectivec", "Objective-C"),
    };

    /// <summary>
    /// The target for a template <c>&lt;language&gt;/&lt;client&gt;.sbn</c>: the shipped one, or a new one whose extension,
    /// fence and display name come from its language (an unknown language uses its own name for both extension and fence).
    /// </summary>
    public static SnippetTarget For(string language, string client)
    {
        foreach (var target in BuiltIn)
        {
            if (target.Language == language && target.Client == client)
            {
                return target;
            }
        }

        return Languages.TryGetValue(language, out var facts)
            ? new SnippetTarget(language, client, facts.Extension, $"{facts.Name} ({client})", facts.Fence)
            : new SnippetTarget(language, client, language, $"{language} ({client})", language);
    }
}
