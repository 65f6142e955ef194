using System.Text.Json;
using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>
/// shell-httpie's request items (<c>Name:value</c> headers, <c>name=value</c> fields) read back by HTTPie's own item
/// parser, in one /usr/bin/python3: every hostile string as a header value, a field value and a field name comes back
/// exactly, with the separator the template wrote, whenever <see cref="ShellEncoder.HttpieCanCarry"/> says it can; and
/// every item it refuses is misread, so the check refuses nothing HTTPie could read.
/// </summary>
public sealed class HttpieItemTests
{
    private const string Reader = """
        import json, sys
        from httpie.cli.argtypes import KeyValueArgType
        from httpie.cli.constants import SEPARATOR_GROUP_ALL_ITEMS
        parse = KeyValueArgType(*SEPARATOR_GROUP_ALL_ITEMS)
        for item in json.load(open(sys.argv[1], encoding="utf-8")):
            try:
                arg = parse(item)
                print(json.dumps([arg.key, arg.sep, arg.value]))
            except Exception as error:
                print(json.dumps(["error", str(error)]))
        """;

    [SkippableFact]
    public void HTTPie_reads_every_item_it_can_carry_back_and_misreads_every_other()
    {
        var python = Toolchain.Require("/usr/bin/python3");
        Toolchain.SkipUnlessCi(Toolchain.RunToEnd(python, ["-c", "import httpie"], Path.GetTempPath()).ExitCode != 0, "HTTPie is not installed (apt-get install httpie).");
        var cases = HostileStrings.WithoutNul
            .SelectMany(s => new (string Key, string Sep, string Value)[] { ("X-Hostile", ":", s), ("field", "=", s), (s, "=", "v") })
            .ToArray();
        using var scratch = new ScratchDirectory();
        var items = cases.Select(c => ShellEncoder.HttpieKey(c.Key) + c.Sep + ShellEncoder.HttpieValue(c.Value)).ToArray();
        var lines = Toolchain.RunLines(python, [scratch.Write("read.py", Reader), scratch.Write("items.json", JsonSerializer.Serialize(items))], scratch.Path);

        Assert.Equal(cases.Length, lines.Length);
        var carried = 0;
        var failures = new List<string>();
        for (var i = 0; i < cases.Length; i++)
        {
            var read = JsonSerializer.Deserialize<string[]>(lines[i])!;
            var exact = read.SequenceEqual([cases[i].Key, cases[i].Sep, cases[i].Value]);
            var canCarry = ShellEncoder.HttpieCanCarry(cases[i].Key + cases[i].Sep + cases[i].Value);
            carried += canCarry ? 1 : 0;
            if (exact != canCarry)
            {
                failures.Add($"{JsonSerializer.Serialize(cases[i])}: written {JsonSerializer.Serialize(items[i])}, read {lines[i]}, can carry: {canCarry}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.InRange(carried, cases.Length / 2, cases.Length - 1);
    }

    [Theory]
    [InlineData("X-API-Key", "X-API-Key")]
    [InlineData("a=b:c;d@e", @"a\=b\:c\;d\@e")]
    public void A_key_escapes_every_separator_character(string key, string written) => Assert.Equal(written, ShellEncoder.HttpieKey(key));

    [Theory]
    [InlineData("KEY+/=:@VALUE", "KEY+/=:@VALUE")]
    [InlineData("=x", @"\=x")]
    [InlineData("@file", @"\@file")]
    [InlineData("", "")]
    public void A_value_escapes_only_what_would_lengthen_the_separator(string value, string written) => Assert.Equal(written, ShellEncoder.HttpieValue(value));
}
