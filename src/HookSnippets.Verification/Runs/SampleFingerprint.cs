using System.Security.Cryptography;
using System.Text;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Requests;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Verification.Runs;

/// <summary>
/// What a sample's verdict rests on besides the run itself, as two hashes (SHA-256, hex). <see cref="Sample"/>: the
/// target, the sample as <c>render</c> writes it (with the description's own base URL, so the run's port does not
/// count), the request it must send and the answer the recording server gives it. <see cref="Toolchain"/>: the
/// runner, the version its toolchain reports and this verify's version.
/// </summary>
public sealed record SampleFingerprint(string Sample, string Toolchain)
{
    private static readonly string VerifyVersion =
        typeof(SampleFingerprint).Assembly.GetName().Version?.ToString() ?? "?";

    public static string HashSample(string targetId, string text, ExpectedRequest expected, RecordedResponse answer)
    {
        var parts = new List<string> { targetId, text, expected.Method, expected.Url, ExpectedBodyJson.Canonical(expected.Body) };
        parts.AddRange(expected.Headers.SelectMany(h => new[] { h.Name, h.Value }));
        parts.Add(answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        parts.Add(answer.Body ?? "(no body)");
        return Hash(parts);
    }

    public static string HashToolchain(ToolchainStatus toolchain) => Hash([toolchain.Name, toolchain.Version ?? "(missing)", VerifyVersion]);

    /// <summary>Each part length-prefixed, so that no two lists of parts give the same bytes.</summary>
    private static string Hash(IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(part).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
