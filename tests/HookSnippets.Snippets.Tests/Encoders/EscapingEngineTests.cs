using System.Buffers;
using System.Globalization;
using System.Text;
using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>What the engine promises every policy: which runes it hands over, where they start, and what it refuses.</summary>
public sealed class EscapingEngineTests
{
    [Theory]
    [InlineData("", "[]")]
    [InlineData("plain text", "[plain text]")]
    [InlineData("a<b>", "[a<3C@1>b<3E@3>]")]
    [InlineData("<<", "[<3C@0><3C@1>]")]
    [InlineData("😀x\n", "[<1F600@0>x<A@3>]")]
    [InlineData("é漢\u007f", "[<E9@0><6F22@1><7F@2>]")]
    public void Hands_the_policy_each_rune_outside_its_verbatim_set_with_its_index(string value, string expected) =>
        Assert.Equal(expected, EscapingEngine.Write<Marking>(value));

    [Fact]
    public void Refuses_a_lone_surrogate_wherever_it_stands()
    {
        // In the method body: xunit would turn lone surrogates in attribute data into U+FFFD.
        foreach (var (value, index) in new[] { ("<\ud800", 1), ("ok\udc00", 2), ("\ude00\ud83d", 0) })
        {
            var error = Assert.Throws<ArgumentException>(() => EscapingEngine.Write<Marking>(value));
            Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
            Assert.Contains("at index " + index.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
            Assert.Equal("value", error.ParamName);
        }
    }

    [Fact]
    public void Refuses_null() =>
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => EscapingEngine.Write<Marking>(null!)).ParamName);

    /// <summary>Writes every rune it is handed as <c>&lt;hex@index&gt;</c>, so the output shows what the engine passed.</summary>
    private readonly struct Marking : IEscapePolicy
    {
        public static string Open => "[";

        public static string Close => "]";

        public static SearchValues<char> Verbatim { get; } = SearchValues.Create("abcdefghijklmnopqrstuvwxyz x");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index) =>
            builder.Append(CultureInfo.InvariantCulture, $"<{rune.Value:X}@{index}>");
    }
}
