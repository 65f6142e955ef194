using System.Reflection;
using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Description.Tests.Validation;

/// <summary>Keeps docs/diagnostics.md true: every code has an entry, and each entry's example prints what the entry says.</summary>
public class DiagnosticsCatalogueTests
{
    private sealed record Entry(string Code, string Heading, string? Example, string[] Prints, bool HasFix);

    private static readonly Lazy<Dictionary<string, Entry>> Entries = new(() => Parse(File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", "diagnostics.md"))));

    /// <summary>Every code of <see cref="DiagnosticIds"/>, the one list of every stage's codes.</summary>
    private static readonly string[] AllCodes = typeof(DiagnosticIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    /// <summary>The description's own codes: the ones docs/diagnostics.md explains entry by entry.</summary>
    public static TheoryData<string> Codes()
    {
        var codes = new TheoryData<string>();
        foreach (var code in AllCodes.Where(IsDescriptionCode))
        {
            codes.Add(code);
        }

        return codes;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_an_entry_whose_example_prints_exactly_what_it_documents(string code)
    {
        Assert.True(Entries.Value.TryGetValue(code, out var entry), $"docs/diagnostics.md has no '## {code}' entry.");
        Assert.True(entry.HasFix, $"The entry of {code} says nothing about how to fix it.");

        // Nesting 257 levels deep does not make a readable example; the entry describes it in words.
        var example = code == DiagnosticIds.JsonTooDeep ? new string('[', 257) + new string(']', 257) : entry.Example;
        Assert.NotNull(example);
        var printed = DescriptionReader.Read(example, "endpoints.json").Diagnostics.Select(d => d.ToString()).ToArray();

        Assert.Equal(entry.Prints, printed);
        var first = Assert.Single(printed, line => line.Contains(" " + code + ": ", StringComparison.Ordinal));
        Assert.EndsWith(first.Contains("): warning ", StringComparison.Ordinal) ? ", warning." : ", error.", entry.Heading);
    }

    [Fact]
    public void The_catalogue_documents_exactly_the_codes_that_exist()
    {
        Assert.Equal(AllCodes.Where(IsDescriptionCode).Order(), Entries.Value.Keys.Order());
    }

    [Fact]
    public void The_list_holds_each_code_once_and_in_the_HS_form()
    {
        Assert.All(AllCodes, code => Assert.Matches("^HS[1-9][0-9]{3}$", code));
        Assert.Equal(AllCodes.Length, AllCodes.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// Every other stage's codes are catalogued as table rows in the page docs/diagnostics.md sends its readers to;
    /// each row names a code of the list, and each code of the list has its row.
    /// </summary>
    [Theory]
    [InlineData("HS2", "generated-client.md")]
    [InlineData("HS3", "templates.md")]
    [InlineData("HS6", "openapi-import.md")]
    public void Every_stage_catalogues_exactly_its_codes(string prefix, string page)
    {
        var diagnostics = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "diagnostics.md"));
        Assert.Contains($"| {prefix}xxx |", diagnostics, StringComparison.Ordinal);
        Assert.Contains($"({page})", diagnostics, StringComparison.Ordinal);

        var rows = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", page))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^\| (HS\d{4}) \|"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value);
        Assert.Equal(AllCodes.Where(code => code.StartsWith(prefix, StringComparison.Ordinal)).Order(), rows.Order());
    }

    private static bool IsDescriptionCode(string code) => code.StartsWith("HS1", StringComparison.Ordinal);

    private static Dictionary<string, Entry> Parse(string[] lines)
    {
        var entries = new Dictionary<string, Entry>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("## HS1", StringComparison.Ordinal))
            {
                continue;
            }

            var code = lines[i].Substring(3).Trim();
            var end = Array.FindIndex(lines, i + 1, line => line.StartsWith("## ", StringComparison.Ordinal));
            var body = lines[(i + 1)..(end < 0 ? lines.Length : end)];
            var heading = body.First(line => line.StartsWith("**", StringComparison.Ordinal));
            var example = Block(body, "```json");
            entries.Add(code, new Entry(
                code,
                heading,
                example is null ? null : string.Join("\n", example) + "\n",
                Block(body, "```text") ?? [],
                body.Any(line => line.StartsWith("**Fix:**", StringComparison.Ordinal))));
        }

        return entries;
    }

    private static string[]? Block(string[] lines, string fence)
    {
        var start = Array.IndexOf(lines, fence);
        if (start < 0)
        {
            return null;
        }

        var end = Array.IndexOf(lines, "```", start + 1);
        return lines[(start + 1)..end];
    }
}
