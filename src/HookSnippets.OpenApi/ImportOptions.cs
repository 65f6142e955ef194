namespace HookSnippets.OpenApi;

/// <summary>
/// What to import. <see cref="Tags"/> and <see cref="PathPrefixes"/> select operations (an operation is kept when it
/// has one of the tags, if any are given, and its path starts with one of the prefixes, if any are given);
/// <see cref="Name"/> overrides the client name derived from <c>info.title</c>.
/// </summary>
public sealed record ImportOptions(IReadOnlyList<string> Tags, IReadOnlyList<string> PathPrefixes, string? Name)
{
    public static readonly ImportOptions All = new([], [], null);
}
