using System.Text;
using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>
/// Every hostile string, written by a language's encoder into one program, is printed back by the real toolchain as
/// the hex of its UTF-8 bytes, one per line, and must equal the input byte for byte.
/// </summary>
public sealed class StringRoundTripTests
{
    [Fact]
    public void The_property_set_has_at_least_200_strings_for_every_language()
    {
        Assert.True(HostileStrings.Generated.Count >= 200);
        Assert.True(HostileStrings.WithoutNul.Count >= 200);
    }

    [SkippableFact]
    public void Bash_reads_every_literal_back()
    {
        var bash = Toolchain.Require("bash");
        var inputs = HostileStrings.WithoutNul;
        using var scratch = new ScratchDirectory();
        // printf writes each argument NUL-terminated, the one byte no argument can hold.
        var script = "printf '%s\\0' \\\n" + string.Join(" \\\n", inputs.Select(ShellEncoder.String)) + "\n";
        var output = Toolchain.Run(bash, [scratch.Write("values.sh", script)], scratch.Path);
        var values = SplitAtNul(output);
        Assert.Equal(inputs.Count, values.Count);
        AssertAllEqual(inputs, ShellEncoder.String, values.Select(v => ">" + Convert.ToHexStringLower(v)).ToArray());
    }

    [SkippableFact]
    public void Node_reads_every_literal_back_in_an_es_module()
    {
        var node = Toolchain.Require("node");
        var inputs = HostileStrings.All;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            const values = [
            {{Items(inputs, JavaScriptEncoder.String, "  ")}}
            ];
            for (const v of values) {
              console.log('>' + Buffer.from(v, 'utf8').toString('hex'));
            }

            """;
        var lines = Toolchain.RunLines(node, [scratch.Write("values.mjs", program)], scratch.Path);
        AssertAllEqual(inputs, JavaScriptEncoder.String, lines);
    }

    [SkippableFact]
    public void Php_reads_every_literal_back()
    {
        var php = Toolchain.Require("php");
        var inputs = HostileStrings.All;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            <?php
            $values = [
            {{Items(inputs, PhpEncoder.String, "    ")}}
            ];
            foreach ($values as $v) {
                echo '>', bin2hex($v), "\n";
            }

            """;
        var lines = Toolchain.RunLines(php, [scratch.Write("values.php", program)], scratch.Path);
        AssertAllEqual(inputs, PhpEncoder.String, lines);
    }

    [SkippableFact]
    public void Python_reads_every_literal_back()
    {
        var python = Toolchain.Require("/usr/bin/python3");
        var inputs = HostileStrings.All;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            values = [
            {{Items(inputs, PythonEncoder.String, "    ")}}
            ]
            for v in values:
                print(">" + v.encode("utf-8").hex())

            """;
        var lines = Toolchain.RunLines(python, [scratch.Write("values.py", program)], scratch.Path);
        AssertAllEqual(inputs, PythonEncoder.String, lines);
    }

    [SkippableFact]
    public void Ruby_reads_every_literal_back_as_valid_utf8()
    {
        var ruby = Toolchain.Require("ruby");
        var inputs = HostileStrings.All;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            values = [
            {{Items(inputs, RubyEncoder.String, "  ")}}
            ]
            values.each do |v|
              marker = v.encoding == Encoding::UTF_8 && v.valid_encoding? ? ">" : "!"
              puts marker + v.unpack1("H*")
            end

            """;
        var lines = Toolchain.RunLines(ruby, [scratch.Write("values.rb", program)], scratch.Path);
        AssertAllEqual(inputs, RubyEncoder.String, lines);
    }

    /// <summary>
    /// PowerShell 7 (the dotnet tool verify uses): the single- and double-quoted literals of <c>powershell.str</c> and
    /// the here-strings of <c>powershell.here</c>, NUL included, in one pwsh process.
    /// </summary>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pwsh_reads_every_literal_back(bool hereString)
    {
        Func<string, string> encode = hereString ? PowerShellEncoder.HereString : PowerShellEncoder.String;
        var pwsh = Toolchain.Require("pwsh", "hooksnippets toolchains --install --target powershell-restmethod installs it into tools/");
        var inputs = HostileStrings.All;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            $values = @(
            {{Items(inputs, encode, "  ").TrimEnd().TrimEnd(',')}}
            )
            foreach ($v in $values) {
              '>' + [Convert]::ToHexString([Text.Encoding]::UTF8.GetBytes([string]$v)).ToLowerInvariant()
            }

            """;
        var lines = Toolchain.RunLines(pwsh, ["-NoProfile", "-NonInteractive", "-File", scratch.Write("values.ps1", program)], scratch.Path);
        AssertAllEqual(inputs, encode, lines);
    }

    /// <summary>
    /// R under the C locale, where a raw UTF-8 byte in a literal would be read as a native character: the escapes
    /// must give the same UTF-8 bytes whatever the locale. Both literal forms, one R process.
    /// </summary>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rscript_reads_every_literal_back_in_the_c_locale(bool multiLine)
    {
        Func<string, string> encode = multiLine ? REncoder.Text : REncoder.String;
        var rscript = Toolchain.Require("Rscript");
        var inputs = HostileStrings.WithoutNul;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            values <- c(
            {{Items(inputs, encode, "  ").TrimEnd().TrimEnd(',')}}
            )
            for (v in values) {
              marker <- if (Encoding(v) %in% c("UTF-8", "unknown") && validUTF8(v)) ">" else "!"
              cat(marker, paste(format(charToRaw(v)), collapse = ""), "\n", sep = "")
            }

            """;
        var lines = Toolchain.RunLines(rscript, [scratch.Write("values.r", program)], scratch.Path, new Dictionary<string, string> { ["LC_ALL"] = "C", ["LANG"] = "C" });
        AssertAllEqual(inputs, encode, lines);
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Clang_with_gnustep_reads_every_literal_back_with_trigraphs_on(bool oneLiteralPerLine)
    {
        Func<string, string> encode = oneLiteralPerLine ? s => ObjectiveCEncoder.Lines(s, 12) : ObjectiveCEncoder.String;
        var bash = Toolchain.Require("bash");
        Toolchain.Require("clang");
        Toolchain.Require("gnustep-config");
        var inputs = HostileStrings.All;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            #import <Foundation/Foundation.h>

            int main(void)
            {
                @autoreleasepool {
                    NSString *values[] = {
            {{Items(inputs, encode, "            ")}}
                    };
                    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
                        NSData *data = [values[i] dataUsingEncoding:NSUTF8StringEncoding];
                        const unsigned char *bytes = data.bytes;
                        printf(">");
                        for (NSUInteger j = 0; j < data.length; j++) {
                            printf("%02x", bytes[j]);
                        }
                        printf("\n");
                    }
                }
                return 0;
            }

            """;
        scratch.Write("values.m", program);
        // -trigraphs: a ??= left unescaped would turn into # and fail the comparison.
        const string Build =
            "clang -trigraphs -Werror=trigraphs -fobjc-runtime=gcc -idirafter /usr/lib/gcc/x86_64-linux-gnu/12/include "
            + "$(gnustep-config --objc-flags | sed 's/-MMD -MP//') values.m $(gnustep-config --base-libs) -o values && ./values";
        var lines = Toolchain.RunLines(bash, ["-c", Build], scratch.Path);
        AssertAllEqual(inputs, encode, lines);
    }

    [SkippableFact]
    public void Go_reads_every_literal_back() => GoReadsBack(HostileStrings.All, GoEncoder.String);

    [SkippableFact]
    public void Go_reads_every_raw_literal_back() => GoReadsBack(MultiLineStrings.All, GoEncoder.Raw);

    [SkippableFact]
    public void Java_reads_every_literal_back() => JavaReadsBack(HostileStrings.All, JavaEncoder.String);

    [SkippableFact]
    public void Java_reads_every_text_block_back() => JavaReadsBack(MultiLineStrings.All, s => JavaEncoder.TextBlock(s, 12));

    [SkippableFact]
    public void Dotnet_file_based_app_reads_every_literal_back() => DotnetReadsBack(HostileStrings.All, CSharpEncoder.String, "literals");

    [SkippableFact]
    public void Dotnet_file_based_app_reads_every_raw_literal_back() => DotnetReadsBack(MultiLineStrings.All, s => CSharpEncoder.Raw(s, 4), "raw-literals");

    /// <summary>
    /// gcc with trigraphs on reads every C literal back, NUL included: each value is a char array whose size, not a
    /// terminator, gives its length, as a sample's body is sent (CURLOPT_POSTFIELDSIZE of sizeof - 1).
    /// </summary>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Gcc_reads_every_c_literal_back_with_trigraphs_on(bool oneLiteralPerLine)
    {
        Func<string, string> encode = oneLiteralPerLine ? s => CEncoder.Lines(s, 12) : CEncoder.String;
        var bash = Toolchain.Require("bash");
        Toolchain.Require("gcc");
        var inputs = HostileStrings.All;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            #include <stdio.h>

            #define VALUE(literal) { literal, sizeof literal - 1 }

            static const struct { const char *bytes; size_t size; } values[] = {
            {{string.Join("\n", inputs.Select(v => "    VALUE(" + encode(v) + "),"))}}
            };

            int main(void)
            {
                for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
                    printf(">");
                    for (size_t j = 0; j < values[i].size; j++) {
                        printf("%02x", (unsigned char)values[i].bytes[j]);
                    }
                    printf("\n");
                }
                return 0;
            }

            """;
        scratch.Write("values.c", program);
        // -trigraphs: a ??= left unescaped would turn into # and fail the comparison.
        var lines = Toolchain.RunLines(bash, ["-c", "gcc -std=c11 -trigraphs -Wall -Werror values.c -o values && ./values"], scratch.Path);
        AssertAllEqual(inputs, encode, lines);
    }

    /// <summary>
    /// kotlinc 1.3 reads every literal back under the C locale (it reads sources as UTF-8 in any locale): one kotlinc
    /// call, one JVM. Kotlin 1.3 allows no trailing comma, so the items are joined without one.
    /// </summary>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Kotlinc_reads_every_literal_back_in_the_c_locale(bool raw)
    {
        Func<string, string> encode = raw ? s => KotlinEncoder.Raw(s, 8) : KotlinEncoder.String;
        var bash = Toolchain.Require("bash");
        Toolchain.Require("kotlinc");
        var inputs = raw ? MultiLineStrings.All : HostileStrings.All;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            val values = arrayOf(
            {{string.Join(",\n", inputs.Select(v => "    " + encode(v)))}}
            )

            fun main() {
                for (v in values) {
                    println(">" + v.toByteArray(Charsets.UTF_8).joinToString("") { String.format("%02x", it.toInt() and 0xff) })
                }
            }

            """;
        scratch.Write("values.kt", program);
        var lines = Toolchain.RunLines(
            bash,
            ["-c", "kotlinc -nowarn values.kt -d classes 2>compile.log || { cat compile.log >&2; exit 1; }; java -cp classes:/usr/share/java/kotlin-stdlib.jar ValuesKt"],
            scratch.Path,
            new Dictionary<string, string> { ["LC_ALL"] = "C", ["LANG"] = "C" });
        AssertAllEqual(inputs, encode, lines);
    }

    /// <summary>The Clojure reader reads every literal back, one clojure process; both literal forms.</summary>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Clojure_reads_every_literal_back_in_the_c_locale(bool multiLine)
    {
        Func<string, string> encode = multiLine ? ClojureEncoder.Text : ClojureEncoder.String;
        var clojure = Toolchain.Require("clojure");
        var inputs = multiLine ? MultiLineStrings.All : HostileStrings.All;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            (def values
              [
            {{string.Join("\n", inputs.Select(encode))}}
              ])

            (doseq [^String v values]
              (println (apply str ">" (map #(format "%02x" (bit-and % 0xff)) (.getBytes v "UTF-8")))))

            """;
        var lines = Toolchain.RunLines(clojure, [scratch.Write("values.clj", program)], scratch.Path, new Dictionary<string, string> { ["LC_ALL"] = "C", ["LANG"] = "C" });
        AssertAllEqual(inputs, encode, lines);
    }

    /// <summary>
    /// OCaml (the <c>ocaml</c> toplevel running one script) reads every literal back, NUL included: the regular
    /// literals of <see cref="OCamlEncoder.String"/> over the hostile strings, and the quoted strings or per-line
    /// literals of <see cref="OCamlEncoder.Text"/> over them and the multi-line hazards.
    /// </summary>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ocaml_reads_every_literal_back(bool text)
    {
        Func<string, string> encode = text ? s => OCamlEncoder.Text(s, 2) : OCamlEncoder.String;
        var ocaml = Toolchain.Require("ocaml");
        var inputs = text ? MultiLineStrings.All.Where(TextRules.IsWellFormed).ToArray() : HostileStrings.All;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            let values = [
            {{string.Join("\n", inputs.Select(v => "  (" + encode(v) + ");"))}}
            ]

            let () =
              List.iter
                (fun v ->
                  print_char '>';
                  String.iter (fun c -> Printf.printf "%02x" (Char.code c)) v;
                  print_newline ())
                values

            """;
        var lines = Toolchain.RunLines(ocaml, [scratch.Write("values.ml", program)], scratch.Path);
        AssertAllEqual(inputs, encode, lines);
    }

    /// <summary>Debian's rustc (not a rustup one on PATH), one program; both literal forms, NUL included.</summary>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rustc_reads_every_literal_back(bool raw)
    {
        Func<string, string> encode = raw ? RustEncoder.Raw : RustEncoder.String;
        var bash = Toolchain.Require("bash");
        Skip.IfNot(File.Exists("/usr/bin/rustc"), "/usr/bin/rustc (Debian's rustc) not installed");
        var inputs = HostileStrings.All;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            const VALUES: &[&str] = &[
            {{Items(inputs, encode, "    ")}}
            ];

            fn main() {
                for v in VALUES {
                    let hex: String = v.as_bytes().iter().map(|b| format!("{:02x}", b)).collect();
                    println!(">{}", hex);
                }
            }

            """;
        scratch.Write("values.rs", program);
        var lines = Toolchain.RunLines(bash, ["-c", "/usr/bin/rustc -D warnings values.rs -o values && ./values"], scratch.Path);
        AssertAllEqual(inputs, encode, lines);
    }

    /// <summary>Crystal, one program; both literal forms (a heredoc each, for the multi-line one), NUL included.</summary>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Crystal_reads_every_literal_back(bool heredoc)
    {
        var crystal = Toolchain.Require("crystal");
        var inputs = HostileStrings.All;
        using var scratch = new ScratchDirectory();
        // A heredoc's body starts on the line after its opener: one array element per heredoc, each closed before the next.
        var items = heredoc
            ? string.Join("\n", inputs.Select(s => "values << " + CrystalEncoder.Heredoc(s)))
            : "values = [\n" + Items(inputs, CrystalEncoder.String, "  ") + "\n] of String";
        var program = (heredoc ? "values = [] of String\n" : "") + items + """

            values.each do |v|
              marker = v.valid_encoding? ? ">" : "!"
              puts marker + v.to_slice.hexstring
            end

            """;
        scratch.Write("values.cr", program);
        var lines = Toolchain.RunLines(crystal, ["run", "--no-debug", "values.cr"], scratch.Path);
        AssertAllEqual(inputs, heredoc ? CrystalEncoder.Heredoc : CrystalEncoder.String, lines);
    }

    private static void GoReadsBack(IReadOnlyList<string> inputs, Func<string, string> encode)
    {
        var go = Toolchain.Require("go");
        using var scratch = new ScratchDirectory();
        var program = $$"""
            package main

            import (
            	"encoding/hex"
            	"fmt"
            )

            var values = []string{
            {{Items(inputs, encode, "\t")}}
            }

            func main() {
            	for _, v := range values {
            		fmt.Println(">" + hex.EncodeToString([]byte(v)))
            	}
            }

            """;
        var lines = Toolchain.RunLines(go, ["run", scratch.Write("values.go", program)], scratch.Path);
        AssertAllEqual(inputs, encode, lines);
    }

    private static void JavaReadsBack(IReadOnlyList<string> inputs, Func<string, string> encode)
    {
        var java = Toolchain.Require("java");
        using var scratch = new ScratchDirectory();
        var program = $$"""
            class Values {
                static final String[] VALUES = {
            {{Items(inputs, encode, "        ")}}
                };

                public static void main(String[] args) {
                    for (String v : VALUES) {
                        StringBuilder hex = new StringBuilder(">");
                        for (byte b : v.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                            hex.append(String.format("%02x", b & 0xff));
                        }
                        System.out.println(hex);
                    }
                }
            }

            """;
        var lines = Toolchain.RunLines(java, [scratch.Write("Values.java", program)], scratch.Path);
        AssertAllEqual(inputs, encode, lines);
    }

    private static void DotnetReadsBack(IReadOnlyList<string> inputs, Func<string, string> encode, string kind)
    {
        var dotnet = Toolchain.Require("dotnet");
        // A fixed folder per checkout: dotnet keeps a build cache per program path, so a new path each run would pile up.
        var folder = Path.Combine(
            Path.GetTempPath(),
            "hooksnippets-csharp-" + kind + "-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(AppContext.BaseDirectory)))[..16]);
        Directory.CreateDirectory(folder);
        var program = $$"""
            string[] values =
            [
            {{Items(inputs, encode, "    ")}}
            ];
            foreach (var v in values)
            {
                Console.WriteLine(">" + Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(v)));
            }

            """;
        File.WriteAllText(Path.Combine(folder, "values.cs"), program, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var environment = new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" };
        var lines = Toolchain.RunLines(dotnet, ["run", "values.cs"], folder, environment);
        AssertAllEqual(inputs, encode, lines);
    }

    private static string Items(IEnumerable<string> inputs, Func<string, string> encode, string indent) =>
        string.Join("\n", inputs.Select(s => indent + encode(s) + ","));

    private static List<byte[]> SplitAtNul(byte[] output)
    {
        var values = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < output.Length; i++)
        {
            if (output[i] == 0)
            {
                values.Add(output[start..i]);
                start = i + 1;
            }
        }

        Assert.Equal(output.Length, start);
        return values;
    }

    private static void AssertAllEqual(IReadOnlyList<string> inputs, Func<string, string> encode, string[] lines)
    {
        Assert.Equal(inputs.Count, lines.Length);
        var failures = new StringBuilder();
        for (var i = 0; i < inputs.Count; i++)
        {
            var expected = ">" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(inputs[i]));
            if (lines[i] != expected)
            {
                failures.Append($"#{i} literal {encode(inputs[i])}\n  expected {expected}\n  actual   {lines[i]}\n");
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }
}
