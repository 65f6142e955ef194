using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>http-http11's measures and checks: Content-Length in UTF-8 bytes, JSON kept one value through the file's LF normalisation.</summary>
public sealed class HttpEncoderTests
{
    [Theory]
    [InlineData("", "0")]
    [InlineData("{\n  \"a\": 1\n}", "12")]
    [InlineData("é€😀", "9")]
    public void Content_length_counts_utf8_bytes(string body, string length) => Assert.Equal(length, HttpEncoder.ContentLength(body));

    [Fact]
    public void Json_writes_the_characters_the_renderer_would_break_lines_at_as_escapes_and_nothing_else()
    {
        Assert.Equal("{\n  \"a\": \"x\\u2028y\\u2029z\\u0085 é\"\n}", HttpEncoder.Json("{\n  \"a\": \"x\u2028y\u2029z\u0085 é\"\n}"));
        const string plain = "{\n  \"a\": \"\\n é 😀\"\n}";
        Assert.Same(plain, HttpEncoder.Json(plain));
    }

    [Theory]
    [InlineData("plain text", true)]
    [InlineData("two\nlines", true)]
    [InlineData("ends with a line break\n", false)]
    [InlineData("a\rb", false)]
    [InlineData("a\fb", false)]
    [InlineData("a\u2028b", false)]
    [InlineData("a\u0085b", false)]
    public void A_body_fits_the_file_only_when_it_comes_back_exactly(string body, bool fits) => Assert.Equal(fits, HttpEncoder.CanCarryBody(body));

    /// <summary>In code, not in an attribute: attribute metadata cannot hold a lone surrogate.</summary>
    [Fact]
    public void A_lone_surrogate_has_no_bytes_to_send() =>
        Assert.False(HttpEncoder.CanCarryBody("a" + (char)0xD800 + "b") || HttpEncoder.CanCarryLine("a" + (char)0xDC00));

    [Theory]
    [InlineData("Bearer TOKEN", true)]
    [InlineData("a\nb", false)]
    [InlineData("a\u2029b", false)]
    public void A_header_value_fits_when_it_stays_one_line(string value, bool fits) => Assert.Equal(fits, HttpEncoder.CanCarryLine(value));
}
