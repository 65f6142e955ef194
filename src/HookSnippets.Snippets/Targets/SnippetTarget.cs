namespace HookSnippets.Snippets.Targets;

/// <summary>
/// A language + client pair. <see cref="Id"/> is <c>&lt;language&gt;-&lt;client&gt;</c>, its template
/// <c>&lt;language&gt;/&lt;client&gt;.sbn</c> in the template pack; samples are written as <c>&lt;id&gt;.&lt;Extension&gt;</c>.
/// <see cref="DisplayName"/> labels docs tabs, <see cref="Fence"/> is the Markdown code-fence language.
/// </summary>
public sealed record SnippetTarget(string Language, string Client, string Extension, string DisplayName, string Fence)
{
    public string Id => Language + "-" + Client;

    public string TemplatePath => Language + "/" + Client + ".sbn";

    public string FileName => Id + "." + Extension;
}
