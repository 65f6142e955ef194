using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>ruby-nethttp: <c>ruby sample.rb</c>; OpenSSL reads the CA bundle from SSL_CERT_FILE.</summary>
public sealed class RubyRunner : ScriptRunner
{
    public override string Name => "ruby";

    protected override IReadOnlyList<string> Languages { get; } = ["ruby"];

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine("ruby", "--version") is { } version
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "apt-get install ruby");

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command("ruby", [file], folder);
        command.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
        return command;
    }
}
