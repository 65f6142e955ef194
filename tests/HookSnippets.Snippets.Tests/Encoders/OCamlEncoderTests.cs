using System.Text;
using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class OCamlEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("it's $x `y` %s %d #z {|q|} @", "\"it's $x `y` %s %d #z {|q|} @\"")]
    [InlineData("\"\\\n\r\t\b", @"""\""\\\n\r\t\b""")]
    [InlineData("\0" + "1\u0001\u001F\u007F", @"""\x001\x01\x1F\x7F""")]
    [InlineData("é€😀漢", "\"é€😀漢\"")]
    [InlineData("\u0085\u00A0\u2028\uFEFF\U000F0000", @"""\u{0085}\u{00A0}\u{2028}\u{FEFF}\u{F0000}""")]
    public void Writes_ocaml_string_literals(string value, string expected) => Assert.Equal(expected, OCamlEncoder.String(value));

    [Theory]
    [InlineData("{\n  \"a\": \"é \\\" \\\\n\"\n}", 2, "{|{\n  \"a\": \"é \\\" \\\\n\"\n}|}")]
    [InlineData("", 2, "{||}")]
    [InlineData("a|}b", 2, "{x|a|}b|x}")]
    [InlineData("|} |x}", 0, "{xx||} |x}|xx}")]
    [InlineData("ends with |", 0, "{|ends with ||}")]
    [InlineData("a\r\nb", 2, "String.concat \"\\n\" [\n    \"a\\r\";\n    \"b\";\n  ]")]
    [InlineData("\u2028\n", 0, "String.concat \"\\n\" [\n  \"\\u{2028}\";\n  \"\";\n]")]
    [InlineData("tab\there", 0, "String.concat \"\\n\" [\n  \"tab\\there\";\n]")]
    public void Writes_text_as_a_quoted_string_when_it_shows_as_sent(string value, int indent, string expected) =>
        Assert.Equal(expected, OCamlEncoder.Text(value, indent));

    [Theory]
    [InlineData("https://h/a%2Fb%20c/%C3%A9?q=a%20b&x", "/a%2Fb%20c/%C3%A9?q=a%20b&x")]
    [InlineData("https://h/p/%2F/q", "/p///q")]
    [InlineData("https://h/a%2Bb/%7Ec/%41", "/a+b/~c/A")]
    [InlineData("https://h/x?q=a+b&k=%2B", "/x?q=a%20b&k=%2B")]
    [InlineData("https://h/x?k=%2F%3D%3A%40%3F%24%27", "/x?k=/=:@?$'")]
    [InlineData("https://h/x?f=id,name%2Cx&a%3Db=1", "/x?f=id,name%2Cx&a%3Db=1")]
    [InlineData("https://h/x?a=1&&b=&c&=d", "/x?a=1&&b=&c&=d")]
    [InlineData("https://h", "/")]
    [InlineData("https://h?a=b", "/?a=b")]
    [InlineData("https://h/%zz%4", "/%25zz%254")]
    public void Finds_the_request_target_ocaml_uri_writes(string url, string expected) =>
        Assert.Equal(expected, OCamlEncoder.UriPathAndQuery(url));

    // Values in code: xUnit would turn a lone surrogate in InlineData into U+FFFD.
    [Fact]
    public void Refuses_a_lone_surrogate()
    {
        Assert.Throws<ArgumentException>(() => OCamlEncoder.String("a\uD800b"));
        Assert.Throws<ArgumentException>(() => OCamlEncoder.Text("a\uDC00b", 0));
    }

    /// <summary>
    /// ocaml-uri itself (Uri.path_and_query of Uri.of_string, as cohttp sends it) over the URLs the fixtures' hostile
    /// strings make, percent-encoded and with every printable ASCII character raw in the path, a query name and a query
    /// value: the encoder's reading of ocaml-uri gives the same request target for each.
    /// </summary>
    [SkippableFact]
    public void Ocaml_uri_writes_the_request_target_the_encoder_predicts()
    {
        var bash = Toolchain.Require("bash");
        Toolchain.Require("ocamlfind");
        var urls = new List<string>
        {
            "https://localhost:8443/api/v2/hooks/a%2Fb%3Fc%23d%25e%20f%20%C3%A9%20%F0%9F%98%80/secrets",
            "https://localhost:8443/api/v2/hooks?q=a%20b%26c%3Dd%2Be%25f%2F%C3%A9%F0%9F%98%80%3F%23%27%22%24x&fields=id,name%2Cx,%C3%A9&tag=one&tag=two%20words",
            "https://localhost:8443/x?", "https://localhost:8443", "https://localhost:8443?a", "https://localhost:8443//a//b/./../c",
            "https://localhost:8443/%c3%a9?q=%c3%a9&%zz=%4", "https://localhost:8443/x?,=,&=,,&a=b=c",
        };
        // Every byte percent-encoded (a lone surrogate goes as U+FFFD's): ocaml-uri decodes and encodes each again.
        foreach (var s in HostileStrings.All.Where(s => s.Length > 0))
        {
            var encoded = string.Concat(Encoding.UTF8.GetBytes(s).Select(b => "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
            urls.Add($"https://localhost:8443/p/{encoded}/q?{encoded}={encoded}&k={encoded},{encoded}");
        }

        for (var c = 0x21; c < 0x7F; c++)
        {
            if (c is '#' or '%')
            {
                continue;
            }

            var raw = ((char)c).ToString();
            var encoded = "%" + c.ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
            urls.Add($"https://localhost:8443/a{raw}b/{raw}?k{raw}=v{raw}w&{raw}");
            urls.Add($"https://localhost:8443/a{encoded}b/{encoded}?k{encoded}=v{encoded}w&{encoded}");
        }

        using var scratch = new ScratchDirectory();
        scratch.Write("urls.txt", string.Join("\n", urls) + "\n");
        scratch.Write("targets.ml", """
            let () =
              try
                while true do
                  print_endline (Uri.path_and_query (Uri.of_string (input_line stdin)))
                done
              with End_of_file -> ()

            """);
        var lines = Toolchain.RunLines(bash, ["-c", "ocamlfind ocamlc -package uri -linkpkg targets.ml -o targets && ./targets < urls.txt"], scratch.Path);
        Assert.Equal(urls.Count, lines.Length);
        var failures = new StringBuilder();
        for (var i = 0; i < urls.Count; i++)
        {
            var predicted = OCamlEncoder.UriPathAndQuery(urls[i]);
            if (predicted != lines[i])
            {
                failures.Append($"{urls[i]}\n  ocaml-uri {lines[i]}\n  encoder   {predicted}\n");
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }
}
