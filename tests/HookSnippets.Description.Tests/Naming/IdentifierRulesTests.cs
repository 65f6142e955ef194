using HookSnippets.Description.Naming;

namespace HookSnippets.Description.Tests.Naming;

/// <summary>The generator's name options are checked with these rules; they must agree with the C# compiler's.</summary>
public sealed class IdentifierRulesTests
{
    [Theory]
    [InlineData("Consumer")]
    [InlineData("_private")]
    [InlineData("Client2")]
    [InlineData("Käse")]
    [InlineData("a\u0301")] // combining acute accent
    [InlineData("a\u200Db")] // zero-width joiner (format character)
    [InlineData("Ⅻ")] // letter number
    [InlineData("record")] // contextual keywords are names
    [InlineData("var")]
    public void A_name_the_compiler_accepts_is_accepted(string name) =>
        Assert.True(Identifiers.IsPlainIdentifier(name));

    [Theory]
    [InlineData("")]
    [InlineData("1Client")]
    [InlineData("my-client")]
    [InlineData("my client")]
    [InlineData("class")]
    [InlineData("namespace")]
    [InlineData("__arglist")]
    [InlineData("global")]
    [InlineData("@class")]
    [InlineData("\u0301a")] // a combining mark cannot start a name
    [InlineData("😀")] // surrogate pairs are not letters
    public void A_name_the_compiler_rejects_is_rejected(string name) =>
        Assert.False(Identifiers.IsPlainIdentifier(name));
}
