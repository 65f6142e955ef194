namespace HookSnippets.Snippets.Targets;

/// <summary>
/// A language + client pair, read from <c>templates/&lt;language&gt;/&lt;client&gt;/target.json</c> (docs/templates.md).
/// <see cref="Id"/> is <c>&lt;language&gt;-&lt;client&gt;</c>, its template <see cref="TemplatePath"/>; samples are written as
/// <c>&lt;id&gt;.&lt;Extension&gt;</c>. <see cref="DisplayName"/> labels docs tabs, <see cref="Fence"/> is the Markdown
/// code-fence language and <see cref="CodeSamplesLang"/> the <c>lang</c> of an OpenAPI <c>x-codeSamples</c> entry.
/// <see cref="Runner"/> names the verify runner; a target that inherited its facts from no shipped target has none,
/// nor an <see cref="Order"/> (it comes after the ordered ones) or an <see cref="InstallHint"/>.
/// </summary>
public sealed record SnippetTarget(
    string Language,
    string Client,
    string DisplayName,
    int? Order,
    string Extension,
    string Fence,
    string? CodeSamplesLang,
    string? Runner,
    bool KeepsHeaderNameCase,
    string? InstallHint,
    TargetToolchain Toolchain)
{
    public string Id => Language + "-" + Client;

    /// <summary>
    /// Headers this target's runtime adds by itself and a sample cannot control (a browser's Origin, Referer,
    /// sec-ch-*), which verify ignores for this target only; a name ending in <c>*</c> stands for every name it starts.
    /// </summary>
    public HookSnippets.Description.EquatableArray<string> BrowserOwnedHeaders { get; init; } = HookSnippets.Description.EquatableArray<string>.Empty;

    /// <summary>One line the docs pages show under the samples (Swift's: parsed by verify, not run); null for none.</summary>
    public string? PageNote { get; init; }

    /// <summary>The folder holding the template and target.json, relative to the pack.</summary>
    public string Folder => Language + "/" + Client;

    public string TemplatePath => Folder + "/" + Client + ".sbn";

    public string FileName => Id + "." + Extension;

    /// <summary>The facts of this target for another client of the same language (a folder without target.json).</summary>
    internal SnippetTarget ForClient(string client) => this with
    {
        Client = client,
        DisplayName = $"{CodeSamplesLang ?? Language} ({client})",
        Order = null,
    };

    /// <summary>A target of a language no shipped target has: its name is the extension and the fence, and nothing runs it.</summary>
    internal static SnippetTarget Unknown(string language, string client) =>
        new(language, client, $"{language} ({client})", null, language, language, null, null, false, null, TargetToolchain.None);
}
