using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// ruby-nethttp: each sample runs as <c>ruby sample.rb</c> would, in a child that sample_host.rb forks once net/http
/// and json are loaded; OpenSSL reads the CA bundle from SSL_CERT_FILE. The syntax check compiles every file in one
/// ruby -w (check_syntax.rb).
/// </summary>
public sealed class RubyRunner : ScriptRunner
{
    public override string Name => "ruby";

    /// <summary>A forked interpreter per sample, against cURL's 0.04 s.</summary>
    public override double CostPerSample => 2;

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine("ruby", "--version") is { } version
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "ruby not found");

    protected override string HostScript => "Ruby/sample_host.rb";

    protected override IReadOnlyList<string> HostPreloads => ["net/http", "json", "openssl", "uri"];

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command("ruby", [file], folder);
        command.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
        return command;
    }

    protected override ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context) =>
        ProcessRun.Command("ruby", ["-w", context.ExtractResource("Ruby/check_syntax.rb"), .. files], folder);
}
