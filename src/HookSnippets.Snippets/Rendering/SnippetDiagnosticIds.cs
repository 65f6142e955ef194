namespace HookSnippets.Snippets.Rendering;

/// <summary>Diagnostic codes of rendering (docs/templates.md lists them with examples).</summary>
public static class SnippetDiagnosticIds
{
    /// <summary>A template does not parse or fails while rendering; the location is in the template file.</summary>
    public const string TemplateError = "HS3001";

    /// <summary>An operation's expected request cannot be built from the description; the location is in endpoints.json.</summary>
    public const string RequestModel = "HS3002";

    /// <summary>A selected target has no template in the pack.</summary>
    public const string MissingTemplate = "HS3003";

    /// <summary>A target.json does not follow templates/target.schema.json; the location is in the file.</summary>
    public const string InvalidTargetFile = "HS3004";

    /// <summary>A template pack holds a template in the old <c>&lt;language&gt;/&lt;client&gt;.sbn</c> layout (a warning: it is still read).</summary>
    public const string OldTemplateLayout = "HS3005";
}
