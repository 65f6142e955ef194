using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi;

/// <summary>
/// Where a value being built sits, for placeholder spelling: the resource stem of the operation, the name of the
/// member it fills, its description, and where body placeholders are collected (null for parameters, whose
/// description already gives the table row).
/// </summary>
internal sealed record ExampleNames(IReadOnlyList<string> Stem, string Name, string? Description, List<Placeholder>? Placeholders)
{
    public ExampleNames Member(string name, string? description) => this with { Name = name, Description = description };

    /// <summary>An item of an array member: the member's last word made singular (<c>roles</c> → <c>role</c>).</summary>
    public ExampleNames Item()
    {
        var words = Words.Split(Name);
        return words.Count == 0 ? this : this with { Name = string.Join("_", words.SkipLast(1).Append(Words.Singular(words[^1]))) };
    }
}
