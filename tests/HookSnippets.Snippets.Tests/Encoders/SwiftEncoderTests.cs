using System.Globalization;
using System.Text;
using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>
/// No Swift toolchain runs on this machine, so besides exact literals every hostile string is read back by a reader
/// of the Swift single-line and multi-line raw string literal grammars (The Swift Programming Language, "String
/// Literals", "Extended String Delimiters").
/// </summary>
public sealed class SwiftEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData(@"\(x)", @"""\\(x)""")]
    [InlineData("\0\n\r\t\"", @"""\0\n\r\t\""""")]
    [InlineData("\u2028\u001b\u0085", @"""\u{2028}\u{1B}\u{85}""")]
    [InlineData("😀' $x ${x} #{x} %s #\"", "\"😀' $x ${x} #{x} %s #\\\"\"")]
    [InlineData("\U000F0000", @"""\u{F0000}""")]
    public void Writes_string_literals(string value, string expected) => Assert.Equal(expected, SwiftEncoder.String(value));

    [Fact]
    public void Every_hostile_string_reads_back_by_the_swift_literal_grammar()
    {
        foreach (var value in HostileStrings.All)
        {
            var literal = SwiftEncoder.String(value);
            Assert.Equal(value, Read(literal));
        }
    }

    [Theory]
    [InlineData("", "#\"\"\"\n\n\"\"\"#")]
    [InlineData("{\n  \"a\": \"b\\\"c\\\\d\"\n}", "#\"\"\"\n{\n  \"a\": \"b\\\"c\\\\d\"\n}\n\"\"\"#")]
    [InlineData("\"\"\"", "#\"\"\"\n\"\"\"\n\"\"\"#")]
    [InlineData("\"\"\"#", "##\"\"\"\n\"\"\"#\n\"\"\"##")]
    [InlineData("\"\"\"\"#", "##\"\"\"\n\"\"\"\"#\n\"\"\"##")]
    [InlineData("\"#{x}\": \"#\"", "##\"\"\"\n\"#{x}\": \"#\"\n\"\"\"##")]
    [InlineData("漢#Ŝ#(x)", "##\"\"\"\n漢#Ŝ#(x)\n\"\"\"##")]
    [InlineData("\\#(x)", "##\"\"\"\n\\#(x)\n\"\"\"##")]
    [InlineData("\\##(x) \\#", "###\"\"\"\n\\##(x) \\#\n\"\"\"###")]
    [InlineData("a\\", "#\"\"\"\na\\\n\"\"\"#")]
    [InlineData("a\r\nb\tc\0", "#\"\"\"\na\\#r\nb\\#tc\\#0\n\"\"\"#")]
    [InlineData("\\#\r", "##\"\"\"\n\\#\\##r\n\"\"\"##")]
    [InlineData("é😀 \u2028\u0085\ufeff", "#\"\"\"\né😀 \\#u{2028}\\#u{85}\\#u{FEFF}\n\"\"\"#")]
    [InlineData("last line\n", "#\"\"\"\nlast line\n\n\"\"\"#")]
    public void Writes_multi_line_raw_literals(string value, string expected) => Assert.Equal(expected, SwiftEncoder.Raw(value));

    [Fact]
    public void A_raw_literal_refuses_a_lone_surrogate()
    {
        // Built from chars: a theory's data would turn a lone surrogate into U+FFFD on its way to the test.
        foreach (var value in new[] { ((char)0xD800).ToString(), "{\n  \"a\": \"" + (char)0xDC00 + "\"\n}", "a" + (char)0xDBFF })
        {
            Assert.Throws<ArgumentException>(() => SwiftEncoder.Raw(value));
        }
    }

    [Fact]
    public void Every_hostile_string_reads_back_by_the_swift_raw_multi_line_literal_grammar()
    {
        foreach (var value in HostileStrings.All)
        {
            var literal = SwiftEncoder.Raw(value);
            Assert.Equal(value, ReadRaw(literal));
        }
    }

    [SkippableFact]
    public void Tree_sitter_swift_parses_every_hostile_raw_literal()
    {
        var node = Toolchain.Require("node");
        var modules = RepositoryRoot.File("tools", "node_modules");
        Toolchain.SkipUnlessCi(!Directory.Exists(Path.Combine(modules, "tree-sitter-swift")), "tree-sitter-swift is not installed in tools/node_modules.");
        using var scratch = new ScratchDirectory();
        // One declaration per literal: a raw literal that ends early leaves the rest of the file an error.
        var program = string.Join("\n", HostileStrings.All.Select((value, i) => $"let value{i} = {SwiftEncoder.Raw(value)}\n")) + "\n";
        var file = scratch.Write("values.swift", program);
        Toolchain.Run(node, [RepositoryRoot.File("src", "HookSnippets.Verification", "Runners", "Swift", "parse-swift.mjs"), modules, file], scratch.Path);
    }

    /// <summary>
    /// Reads <c>#"""</c> ... <c>"""#</c> as the compiler does: the delimiter's <c>#</c> count, text from the line after
    /// the opening delimiter to the line break before the closing one (which stands alone at column 0, so nothing is
    /// stripped), a carriage return read as a line feed, and an escape only where a backslash is followed by exactly
    /// the delimiter's <c>#</c>.
    /// </summary>
    private static string ReadRaw(string literal)
    {
        var hashes = literal.Length - literal.TrimStart('#').Length;
        Assert.True(hashes >= 1, literal);
        var delimiter = new string('#', hashes);
        var open = delimiter + "\"\"\"\n";
        var close = "\n\"\"\"" + delimiter;
        Assert.StartsWith(open, literal, StringComparison.Ordinal);
        Assert.EndsWith(close, literal, StringComparison.Ordinal);
        Assert.True(literal.Length >= open.Length + close.Length - 1, literal);
        var body = literal.Length == open.Length + close.Length - 1 ? "" : literal[open.Length..^close.Length];
        // tree-sitter-swift ends a raw literal at any quote followed by the delimiter's #, the compiler at three.
        Assert.DoesNotContain("\"" + delimiter, body, StringComparison.Ordinal);
        var builder = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            Assert.False(c == '\r', $"a raw carriage return, read as a line feed, in {literal}");
            if (c != '\\' || string.CompareOrdinal(body, i + 1, delimiter, 0, hashes) != 0)
            {
                builder.Append(c);
                continue;
            }

            i += hashes + 1;
            Assert.True(i < body.Length, $"an escape ends {literal}");
            i = ReadEscape(body, i, builder, $"\\{delimiter}{body[i]} is not a Swift escape (interpolation, continuation or invalid) in {literal}");
        }

        return builder.ToString();
    }

    private static string Read(string literal)
    {
        Assert.True(literal.Length >= 2 && literal[0] == '"' && literal[^1] == '"', literal);
        var builder = new StringBuilder();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            Assert.False(c is '"' or '\n' or '\r', $"unescaped U+{(int)c:X4} ends {literal}");
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            i++;
            i = ReadEscape(literal, i, builder, $"\\{literal[i]} is not a Swift escape (interpolation or invalid) in {literal}");
        }

        return builder.ToString();
    }

    /// <summary>Appends the character the escape at <paramref name="i"/> (after its backslash) stands for; returns where it ends.</summary>
    private static int ReadEscape(string text, int i, StringBuilder builder, string notAnEscape)
    {
        switch (text[i])
        {
            case '0': builder.Append('\0'); break;
            case '\\': builder.Append('\\'); break;
            case 't': builder.Append('\t'); break;
            case 'n': builder.Append('\n'); break;
            case 'r': builder.Append('\r'); break;
            case '"': builder.Append('"'); break;
            case '\'': builder.Append('\''); break;
            case 'u':
                Assert.Equal('{', text[i + 1]);
                var close = text.IndexOf('}', i);
                var hex = text[(i + 2)..close];
                Assert.InRange(hex.Length, 1, 8);
                builder.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                return close;
            default:
                Assert.Fail(notAnEscape);
                break;
        }

        return i;
    }
}
