namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// Where the shared runtime types go (<c>ApiException</c>, <c>RateLimitInfo</c>, <c>RetryOptions</c> and the internal
/// helpers): once per project, in its default namespace, <c>HookSnippetsNamespace</c>, else <c>RootNamespace</c>, else
/// the global namespace. It is read from the project options alone, so it is one value for the whole project and
/// never depends on how many descriptions there are; clients in other namespaces refer to it fully qualified.
/// </summary>
internal static class RuntimeNamespace
{
    /// <summary>
    /// The namespace (empty for the global namespace), or null when the types cannot be emitted: the target framework
    /// is too old for them (each description reports HS2001) or the namespace option is not a C# namespace (HS2004).
    /// </summary>
    public static string? Resolve(ProjectOptions project) =>
        TargetFrameworkSupport.IsSupported(project.TargetFramework) && Invalid(project) is null
            ? project.Namespace ?? project.RootNamespace ?? string.Empty
            : null;

    /// <summary>The option that names the default namespace and its value, when that value is not a C# namespace.</summary>
    public static (string Option, string Value)? Invalid(ProjectOptions project)
    {
        if (project.Namespace is { } @namespace)
        {
            return ClientResolver.IsNamespace(@namespace) ? null : ("HookSnippetsNamespace", @namespace);
        }

        if (project.RootNamespace is { } root)
        {
            return ClientResolver.IsNamespace(root) ? null : ("RootNamespace", root);
        }

        return null;
    }
}
