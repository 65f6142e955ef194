using HookSnippets.Description.Json;
using HookSnippets.Snippets.Tests.Samples;

namespace HookSnippets.Snippets.Tests.Targets;

/// <summary>
/// Samples read as if written by hand: none opens with a shebang, and no JSON body is one line (an escaped string such
/// as <c>"{\"name\":\"my-hook\",...}"</c> or a compact literal): each member of an object body has a line of its own, in
/// every target. The hostile fixture is left out: there exactness wins for values only an escaped literal carries.
/// </summary>
public sealed class ReaderFirstSampleTests
{
    public static TheoryData<string, string> DescriptionsAndTargets()
    {
        var data = new TheoryData<string, string>();
        foreach (var description in new[] { TestSamples.Shipped, TestSamples.EdgeCases, "tests/fixtures/auth-bodies.endpoints.json" })
        {
            foreach (var target in TestSamples.Targets)
            {
                data.Add(description, target.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DescriptionsAndTargets))]
    public void No_sample_opens_with_a_shebang_or_writes_a_JSON_body_on_one_line(string description, string targetId)
    {
        var samples = TestSamples.RenderWritten(description, targetId);
        Assert.All(samples, sample => Assert.False(sample.Text.StartsWith("#!", StringComparison.Ordinal), $"{sample} opens with a shebang"));

        var checkedBodies = 0;
        foreach (var sample in samples)
        {
            if (sample.Model.Request.Body is not { Format: "json", Json: JsonObject body } || body.Members.Count < 2)
            {
                continue;
            }

            checkedBodies++;
            var names = body.Members.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var line in sample.Text.Split('\n'))
            {
                var onLine = names.Where(name => Spellings(name).Any(spelling => line.Contains(spelling, StringComparison.Ordinal))).ToArray();
                Assert.True(onLine.Length < 2, $"{sample}: the body's members {string.Join(", ", onLine)} share one line:\n{line}\n--- sample ---\n{sample.Text}");
            }
        }

        if (description == TestSamples.Shipped)
        {
            Assert.True(checkedBodies > 0, "the shipped description has object bodies of two members or more");
        }
    }

    /// <summary>A member name as JSON, an escaped JSON string, or a single-quoted key spells it.</summary>
    private static string[] Spellings(string name) => ["\"" + name + "\"", "\\\"" + name + "\\\"", "'" + name + "'"];
}
