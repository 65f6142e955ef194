using System.Globalization;
using System.Text;
using HookSnippets.Description.Json;
using static HookSnippets.Description.Tests.Json.JsonTestHelpers;

namespace HookSnippets.Description.Tests.Json;

/// <summary>Correctness on multi-megabyte input; speed is measured by the benchmark project, not asserted here.</summary>
public class JsonLargeDocumentTests
{
    [Fact]
    public void A_five_megabyte_document_parses_completely_and_writes_back_byte_for_byte()
    {
        const int Count = 25_000;
        var builder = new StringBuilder();
        builder.Append("{\n  \"items\": [");
        for (var i = 0; i < Count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n");
            builder.Append("    {\n");
            builder.Append("      \"id\": ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(",\n");
            builder.Append("      \"name\": \"hook ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" caf\u00e9 \U0001F600\",\n");
            builder.Append("      \"escaped\": \"line\\nbreak \\\"quoted\\\" tab\\t\\u0001 \\\\ end\",\n");
            builder.Append("      \"score\": -1.25e-3,\n");
            builder.Append("      \"enabled\": ").Append(i % 2 == 0 ? "true" : "false").Append(",\n");
            builder.Append("      \"tags\": [\n        \"a\",\n        \"b\",\n        null\n      ],\n");
            builder.Append("      \"meta\": {}\n");
            builder.Append("    }");
        }

        builder.Append("\n  ]\n}");
        var text = builder.ToString();
        Assert.True(text.Length > 5_000_000, $"generated {text.Length} characters");

        var root = Object(ParseValid(text));

        var items = Array(root["items"]);
        Assert.Equal(Count, items.Items.Count);
        var last = Object(items.Items[Count - 1]);
        Assert.Equal((Count - 1).ToString(CultureInfo.InvariantCulture), Assert.IsType<JsonNumber>(last["id"]).Text);
        Assert.Equal("line\nbreak \"quoted\" tab\t\u0001 \\ end", Assert.IsType<JsonString>(last["escaped"]).Value);

        // Each item takes 13 lines after the two opening lines, so the last one opens on line 2 + 13 * (Count - 1).
        Assert.Equal((2 + (13 * (Count - 1)), 4), (last.Span.StartLine, last.Span.StartColumn));
        Assert.Equal(text.Length, root.Span.Length);

        Assert.Equal(text, JsonWriter.Write(root, indented: true));
    }

    [Fact]
    public void A_wide_object_with_many_members_is_read_with_every_name_checked()
    {
        const int Count = 100_000;
        var builder = new StringBuilder("{");
        for (var i = 0; i < Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ",").Append("\"m").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\":").Append(i.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(",\"m99999\":0}");
        var text = builder.ToString();
        var first = text.IndexOf("\"m99999\"", StringComparison.Ordinal);
        var result = JsonParser.Parse(text, FilePath);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"Duplicate member 'm99999': a member of that name already appears at line 1, column {first + 1}.", diagnostic.Message);
        Assert.Equal(text.LastIndexOf("\"m99999\"", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(Count + 1, Object(result.Root!).Members.Count);
    }
}
