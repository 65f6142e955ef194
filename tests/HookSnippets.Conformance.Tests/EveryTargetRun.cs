using HookSnippets.Verification;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// One verify run with every target over the three descriptions every target must send exactly: the shipped
/// endpoints.json, auth-bodies and hostile. One run prepares and starts each toolchain once for all three, where three
/// runs paid that fixed cost three times; each test judges its own description's report.
/// </summary>
internal static class EveryTargetRun
{
    private static readonly string[] Descriptions = [Repository.ShippedDescription, Repository.AuthBodiesDescription, Repository.HostileDescription];

    private static readonly Lazy<IReadOnlyList<VerifyReport>> Reports = new(() =>
        Verifier.RunAsync([.. Descriptions.Select(d => Verification.Options(d))], SilentProgress.Instance).GetAwaiter().GetResult());

    /// <summary>The report of <paramref name="description"/>, one of the three.</summary>
    public static VerifyReport Of(string description) => Reports.Value[Array.IndexOf(Descriptions, description)];
}
