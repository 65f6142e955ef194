using HookSnippets.Snippets.Requests;

namespace HookSnippets.Snippets.Tests.Requests;

public sealed class UrlEncodingTests
{
    [Theory]
    [InlineData("AZaz09-._~", "AZaz09-._~")]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("%20", "%2520")]
    [InlineData("a/b?c#d&e=f", "a%2Fb%3Fc%23d%26e%3Df")]
    [InlineData("[x]{y}", "%5Bx%5D%7By%7D")]
    [InlineData("é", "%C3%A9")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("\u2028\n\t", "%E2%80%A8%0A%09")]
    [InlineData("'\"`$", "%27%22%60%24")]
    [InlineData("", "")]
    public void EncodesEverythingButUnreservedCharactersAsUtf8Bytes(string value, string expected) =>
        Assert.Equal(expected, UrlEncoding.Encode(value));

    [Fact]
    public void RejectsALoneSurrogate()
    {
        var error = Assert.Throws<ArgumentException>(() => UrlEncoding.Encode("a\uD800b"));
        Assert.Contains("lone UTF-16 surrogate", error.Message);
    }
}
