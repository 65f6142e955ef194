using HookSnippets.Snippets.Encoders;
using static HookSnippets.Snippets.Tests.Encoders.Json;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>Encoders accept valid UTF-16 only: a lone surrogate has no UTF-8 form in any source file.</summary>
public sealed class WellFormedInputTests
{
    public static TheoryData<string> Encoders() =>
        ["shell", "go", "java", "javascript", "php", "python", "ruby", "swift", "objective-c", "csharp"];

    [Theory]
    [MemberData(nameof(Encoders))]
    public void Every_encoder_rejects_lone_surrogates(string language)
    {
        foreach (var value in new[] { "\ud800", "x\udc00y", "\ude00\ud83d", "😀\ud83d" })
        {
            var error = Assert.Throws<ArgumentException>(() => Encode(language, value));
            Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Encoders))]
    public void Every_encoder_accepts_surrogate_pairs(string language) =>
        Assert.Contains(language == "java" ? @"\uD834\uDD1E" : "𝄞", Encode(language, "𝄞"), StringComparison.Ordinal);

    [Fact]
    public void Value_writers_reject_lone_surrogates_in_names_and_values()
    {
        var inName = Object(("\ud800", Null()));
        var inValue = Array(String("\udc00"));
        foreach (var value in new HookSnippets.Description.Json.JsonNode[] { inName, inValue })
        {
            Assert.Throws<ArgumentException>(() => JavaScriptEncoder.Value(value, 0));
            Assert.Throws<ArgumentException>(() => PhpEncoder.Value(value, 0));
            Assert.Throws<ArgumentException>(() => PythonEncoder.Value(value, 0));
            Assert.Throws<ArgumentException>(() => RubyEncoder.Value(value, 0));
        }
    }

    private static string Encode(string language, string value) => language switch
    {
        "shell" => ShellEncoder.String(value),
        "go" => GoEncoder.String(value),
        "java" => JavaEncoder.String(value),
        "javascript" => JavaScriptEncoder.String(value),
        "php" => PhpEncoder.String(value),
        "python" => PythonEncoder.String(value),
        "ruby" => RubyEncoder.String(value),
        "swift" => SwiftEncoder.String(value),
        "objective-c" => ObjectiveCEncoder.String(value),
        "csharp" => CSharpEncoder.String(value),
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };
}
