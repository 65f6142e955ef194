using System.Text;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using static HookSnippets.Description.Tests.Json.JsonTestHelpers;

namespace HookSnippets.Description.Tests.Json;

public class JsonParserMutationTests
{
    private const string Seed =
        "\uFEFF{\r\n  \"name\": \"Auth0\",\n  \"list\": [1, -2.5e3, true, false, null, {}, []],\r" +
        "  \"esc\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\ud83d\\ude00\",\n  \"raw\": \"caf\u00e9 \U0001F600 \u2028\",\n" +
        "  \"body\": {\"HOOK_SECRET_KEY\": \"HOOK_SECRET_VALUE\"}\n}\n";

    private static readonly string[] Insertions =
    {
        "\"", "\\", "{", "}", "[", "]", ",", ":", "'", "/", "*", "-", "+", "0", "e", ".", "\n", "\r", "\u2028", "\ud83d", "\ude00", "\u0001", "\uFEFF", "u",
    };

    [Fact]
    public void Mutated_documents_never_throw_and_always_get_a_value_or_an_error_inside_the_text()
    {
        var random = new Random(20261127);
        for (var round = 0; round < 20_000; round++)
        {
            var text = Mutate(Seed, random, 1 + random.Next(3));
            var result = JsonParser.Parse(text, FilePath);

            var length = text.StartsWith('\uFEFF') ? text.Length - 1 : text.Length;
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Span.End, d.Span.Start, length));
            if (result.Root is null)
            {
                Assert.Contains(result.Diagnostics, d => d.Id is DiagnosticIds.JsonSyntax or DiagnosticIds.JsonTooDeep);
            }
            else
            {
                Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticIds.JsonDuplicateMember, d.Id));
                var rewritten = JsonParser.Parse(JsonWriter.Write(result.Root, indented: round % 2 == 0), FilePath).Root;
                Assert.NotNull(rewritten);
                Assert.True(JsonWriter.DeepEquals(result.Root, rewritten!), text);
            }
        }
    }

    private static string Mutate(string text, Random random, int edits)
    {
        var builder = new StringBuilder(text);
        for (var edit = 0; edit < edits && builder.Length > 1; edit++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, 1 + random.Next(Math.Min(4, builder.Length - at)));
                    break;
                case 1:
                    builder.Insert(at, builder[at]);
                    break;
                case 2:
                    var other = random.Next(builder.Length);
                    (builder[at], builder[other]) = (builder[other], builder[at]);
                    break;
                default:
                    builder.Insert(at, Insertions[random.Next(Insertions.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }
}
