using System.Text;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>Strings that break naive escapers: a hand-written list plus a fixed-seed random mix of the same hazards.</summary>
internal static class HostileStrings
{
    public static readonly IReadOnlyList<string> Hand =
    [
        "", " ", "plain", "'", "\"", "`", "\\", "\\\\", "a\\", "\\'", "\\\"", "'\\''", "''", "\"\"\"", "'''",
        "\\u0041", "\\\\u0041", "\\x41B", "\\n", "\\0", "\\\n", "\\(x)", "\\(", "$", "$HOME", "${HOME}", "$(id)", "`id`",
        "#{1+1}", "#$x", "#@x", "#", "{$x}", "{\\$x}", "%", "%s", "%d%%", "%1$s", "?", "??=", "???=", "??/", "??'", "?\"?",
        "\0", "\0" + "1", "\0" + "7x", "\u0001" + "7", "\a\b\f\v", "\u001b[31m", "\u007f", "\r", "\n", "\r\n", "\t",
        "line1\nline2", "\u0085", "\u00a0", "\u2028", "\u2029", "a\u2028b\u2029c", "\ufeff", "\u200d", "\ue000", "\u0378",
        "\U000F0000", "é", "ß", "ÿ", "Ā", "漢字", "ｱ", "😀", "👍🏽", "👨\u200d👩\u200d👧", "𝄞", "\U0010FFFD", "<?php echo 1; ?>",
        "*/ /*", "</script>", "--", "-n", "-e", "HOOK_SECRET_VALUE", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x",
        "{\"a\":[1,2,{\"b\":null}]}", "0", "1", "-1", "__proto__", "constructor",
    ];

    private static readonly string[] Pieces =
    [
        "a", "Z", "0", "7", "f", " ", "'", "\"", "`", "\\", "\\\\", "\\u0041", "\\x41", "\\n", "\\(x)", "$", "$x", "${x}",
        "#{x}", "#$x", "#@x", "{$x}", "%", "%s", "%d", "%%", "?", "??=", "??/", "???", "@", "{", "}", "(", ")", "<?php",
        "?>", "*/", "//", "\n", "\r", "\t", "\r\n", "\0", "\u0001", "\u001b", "\u007f", "\u0085", "\u00a0", "\u2028",
        "\u2029", "\ufeff", "\u200d", "\ue000", "é", "ß", "漢", "字", "😀", "👍🏽", "𝄞", "\U000F0000", "\u0378", "ｱ",
        "\\\n", "'''", "\"\"\"", "\\'", "\\\"",
    ];

    public static readonly IReadOnlyList<string> Generated = Generate(count: 240, seed: 20261127);

    public static readonly IReadOnlyList<string> All = [.. Hand, .. Generated];

    /// <summary>The strings a shell argument can carry (no NUL).</summary>
    public static IReadOnlyList<string> WithoutNul => All.Where(s => !s.Contains('\0', StringComparison.Ordinal)).ToList();

    /// <summary><paramref name="count"/> strings of 1 to 12 random hazards, the same for the same seed.</summary>
    public static List<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var strings = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var builder = new StringBuilder();
            var parts = random.Next(1, 13);
            for (var p = 0; p < parts; p++)
            {
                builder.Append(random.Next(10) switch
                {
                    < 7 => Pieces[random.Next(Pieces.Length)],
                    7 => ((char)random.Next(0, 0x80)).ToString(),
                    8 => RandomBmp(random),
                    _ => char.ConvertFromUtf32(random.Next(0x10000, 0x110000)),
                });
            }

            strings.Add(builder.ToString());
        }

        return strings;
    }

    private static string RandomBmp(Random random)
    {
        while (true)
        {
            var c = (char)random.Next(0x80, 0x10000);
            if (!char.IsSurrogate(c))
            {
                return c.ToString();
            }
        }
    }
}
