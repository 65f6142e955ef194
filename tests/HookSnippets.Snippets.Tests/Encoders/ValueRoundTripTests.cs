using System.Text;
using System.Text.Json;
using HookSnippets.Description.Json;
using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>
/// Every sample body, written as a native literal into one program per language, is serialised by that language's
/// own JSON encoder and must parse to the example.
/// </summary>
public sealed class ValueRoundTripTests
{
    [SkippableFact]
    public void Node_json_stringify_gives_back_every_object_literal()
    {
        var node = Toolchain.Require("node");
        var samples = JsonSamples.Common;
        using var scratch = new ScratchDirectory();
        var program = $$"""
            const values = [
            {{Items(samples, n => JavaScriptEncoder.Value(n, 1), "  ")}}
            ];
            for (const v of values) {
              console.log(JSON.stringify(v));
            }

            """;
        var lines = Toolchain.RunLines(node, [scratch.Write("values.mjs", program)], scratch.Path);
        // JavaScript lists integer-like keys first, in ascending order: the value is the same, the order is not.
        AssertAllEqual(samples, lines, ignoreMemberOrder: true);
    }

    [SkippableFact]
    public void Php_json_encode_gives_back_every_array_literal()
    {
        var php = Toolchain.Require("php");
        List<JsonNode> samples = [.. JsonSamples.Common, JsonSamples.NegativeZero, JsonSamples.BeyondDouble];
        using var scratch = new ScratchDirectory();
        var program = $$"""
            <?php
            $values = [
            {{Items(samples, n => PhpEncoder.Value(n, 1), "    ")}}
            ];
            foreach ($values as $v) {
                echo json_encode($v, JSON_THROW_ON_ERROR), "\n";
            }

            """;
        var lines = Toolchain.RunLines(php, [scratch.Write("values.php", program)], scratch.Path);
        AssertAllEqual(samples, lines, ignoreMemberOrder: false);
    }

    [SkippableFact]
    public void Python_json_dumps_gives_back_every_dict_literal()
    {
        var python = Toolchain.Require("/usr/bin/python3");
        List<JsonNode> samples = [.. JsonSamples.Common, JsonSamples.NegativeZero, JsonSamples.BeyondDouble, JsonSamples.BeyondInt64];
        using var scratch = new ScratchDirectory();
        var program = $$"""
            import json

            values = [
            {{Items(samples, n => PythonEncoder.Value(n, 1), "    ")}}
            ]
            for v in values:
                print(json.dumps(v, allow_nan=False))

            """;
        var lines = Toolchain.RunLines(python, [scratch.Write("values.py", program)], scratch.Path);
        AssertAllEqual(samples, lines, ignoreMemberOrder: false);
    }

    [SkippableFact]
    public void Ruby_json_generate_gives_back_every_hash_literal()
    {
        var ruby = Toolchain.Require("ruby");
        List<JsonNode> samples = [.. JsonSamples.Common, JsonSamples.NegativeZero, JsonSamples.BeyondDouble, JsonSamples.BeyondInt64];
        using var scratch = new ScratchDirectory();
        var program = $$"""
            require 'json'

            values = [
            {{Items(samples, n => RubyEncoder.Value(n, 1), "  ")}}
            ]
            values.each do |v|
              puts JSON.generate(v)
            end

            """;
        var lines = Toolchain.RunLines(ruby, ["-W0", scratch.Write("values.rb", program)], scratch.Path);
        AssertAllEqual(samples, lines, ignoreMemberOrder: false);
    }

    private static string Items(IEnumerable<JsonNode> samples, Func<JsonNode, string> write, string indent) =>
        string.Join("\n", samples.Select(s => indent + write(s) + ","));

    private static void AssertAllEqual(IReadOnlyList<JsonNode> samples, string[] lines, bool ignoreMemberOrder)
    {
        Assert.Equal(samples.Count, lines.Length);
        var failures = new StringBuilder();
        for (var i = 0; i < samples.Count; i++)
        {
            using var document = JsonDocument.Parse(lines[i]);
            if (JsonComparison.Difference(samples[i], document.RootElement, ignoreMemberOrder) is { } difference)
            {
                failures.Append($"#{i}: {difference}\n  printed {lines[i]}\n");
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }
}
