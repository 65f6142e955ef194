namespace HookSnippets.Snippets.Docs;

/// <summary>How a docs page shows one code block per target.</summary>
public enum DocsFlavor
{
    /// <summary>GitHub Markdown: a heading and a fenced block per target.</summary>
    Markdown,

    /// <summary>MkDocs Material content tabs (<c>=== "cURL"</c>).</summary>
    MkDocs,

    /// <summary>Docusaurus MDX <c>&lt;Tabs&gt;</c>/<c>&lt;TabItem&gt;</c>.</summary>
    Docusaurus,

    /// <summary>Mintlify MDX <c>&lt;CodeGroup&gt;</c>.</summary>
    Mintlify,
}
