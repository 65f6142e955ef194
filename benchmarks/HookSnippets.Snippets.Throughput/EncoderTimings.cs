using System.Diagnostics;
using System.Globalization;
using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Throughput;

/// <summary>
/// Nanoseconds per <c>str</c> call of each encoder, without Scriban: a render spends most of its time in the
/// interpreter, so a change to the escaping engine or a policy shows here first. Best pass of several, after warm-up.
/// </summary>
internal static class EncoderTimings
{
    private const int CallsPerString = 20_000;
    private const int Passes = 15;

    /// <summary>What templates pass: URLs, header values, names, JSON bodies with quotes, and some text that needs escapes.</summary>
    private static readonly string[] Inputs =
    [
        "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets", "Bearer MGMT_API_ACCESS_TOKEN", "application/json", "HOOK_ID", "per_page",
        "{\"HOOK_SECRET_KEY\":\"HOOK_SECRET_VALUE\",\"name\":\"my-hook\",\"enabled\":true,\"dependencies\":{\"auth0\":\"2.30.0\"}}",
        "{\"script\":\"module.exports = function(client, scope, audience, context, cb) { cb(null, {}); };\\n\",\"triggerId\":\"credentials-exchange\"}",
        "Café déjà vu — 漢字 😀 résumé", "line1\nline2\ttab", "it's a \"quoted\" $value with #{ruby} and \\backslash",
        "https://example.com/api/v2/users?q=email%3A%22jane%40example.com%22&search_engine=v3",
    ];

    private static readonly (string Language, Func<string, string> Encode)[] Encoders =
    [
        ("shell", ShellEncoder.String), ("csharp", CSharpEncoder.String), ("go", GoEncoder.String), ("java", JavaEncoder.String),
        ("js", JavaScriptEncoder.String), ("php", PhpEncoder.String), ("python", PythonEncoder.String), ("ruby", RubyEncoder.String),
        ("swift", SwiftEncoder.String), ("objc", ObjectiveCEncoder.String),
    ];

    public static void Run()
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 3)
        {
            foreach (var (_, encode) in Encoders)
            {
                Measure(encode);
            }
        }

        var sum = 0.0;
        foreach (var (language, encode) in Encoders)
        {
            var best = double.MaxValue;
            for (var pass = 0; pass < Passes; pass++)
            {
                best = Math.Min(best, Measure(encode));
            }

            sum += best;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language,-7} {best,5:F0} ns per call"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sum     {sum,5:F0} ns ({Inputs.Length} inputs, best of {Passes} passes)"));
    }

    /// <returns>Nanoseconds per call over the inputs.</returns>
    private static double Measure(Func<string, string> encode)
    {
        var characters = 0L;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < CallsPerString; i++)
        {
            foreach (var input in Inputs)
            {
                characters += encode(input).Length;
            }
        }

        var elapsed = stopwatch.Elapsed.TotalNanoseconds;
        GC.KeepAlive(characters);
        return elapsed / (CallsPerString * Inputs.Length);
    }
}
