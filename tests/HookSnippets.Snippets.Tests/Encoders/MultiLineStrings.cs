using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>
/// Inputs for the multi-line literals (Go raw strings, Java text blocks, C# raw strings): every hostile string, the
/// pretty-printed JSON body holding each hand-written one, and the hazards of the multi-line forms themselves
/// (trailing and leading spaces, blank lines, quote runs at the edges, backquotes, line breaks at either end).
/// </summary>
internal static class MultiLineStrings
{
    public static readonly IReadOnlyList<string> Hazards =
    [
        "{\n  \"a\": 1\n}", "a \nb", "a  \n  \n\nb ", " a\n b", "  \n  ", "\n", "\n\n", "\na", "a\n", " ", "\t\n\t",
        "\"", "\"\"", "\"\"\"\"", "\"\"\"\"\"\"\"", "a\n\"", "\"\n\"\"\"", "\\\n", "\\s\n", "\\\"\"\"\n", "`", "`\n`",
        "a`\nb``", "\r\n", "a\r\nb\r", "\u3000a\nb", "a\u3000\nb", "a\n\u3000b", "\u2028\n\u2029", "\u00a0\n\u00a0",
        "{\n  \"s\": \"\\u2028 \\\"\\\"\\\" `x` \\\\\"\n}", "é\n漢\n😀", "\ufeff\n\0", "  {\n  }  ",
    ];

    public static readonly IReadOnlyList<string> PrettyJson =
        HostileStrings.Hand.Select(s => JsonWriter.Write(Json.Object(("value", Json.String(s)), ("list", Json.Array(Json.String(s), Json.Number("1")))), indented: true)).ToList();

    public static readonly IReadOnlyList<string> All = [.. HostileStrings.All, .. PrettyJson, .. Hazards];
}
