using HookSnippets.Description.Naming;
using Microsoft.CodeAnalysis.CSharp;

namespace HookSnippets.Generator.Tests;

/// <summary>
/// The analyzer checks its name options with <see cref="Identifiers.IsPlainIdentifier"/> so that it needs no
/// Microsoft.CodeAnalysis.CSharp; here Roslyn's own SyntaxFacts judge the same names.
/// </summary>
public sealed class IdentifierRulesAgreeWithRoslynTests
{
    private static bool Roslyn(string name) =>
        SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.GlobalKeyword;

    [Fact]
    public void Every_UTF16_unit_as_first_and_as_later_character_is_judged_as_Roslyn_judges_it()
    {
        var disagreements = new List<string>();
        for (var unit = 0; unit <= char.MaxValue; unit++)
        {
            foreach (var name in new[] { ((char)unit).ToString(), "a" + (char)unit })
            {
                if (Identifiers.IsPlainIdentifier(name) != Roslyn(name))
                {
                    disagreements.Add($"U+{unit:X4} in a name of length {name.Length}");
                }
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Every_keyword_is_judged_as_Roslyn_judges_it()
    {
        var words = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText);
        var disagreements = words.Where(word => Identifiers.IsPlainIdentifier(word) != Roslyn(word)).ToList();
        Assert.Empty(disagreements);
    }
}
