using System.Globalization;
using System.Text;
using System.Text.Json;
using HookSnippets.Description;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Verification.Runs;

/// <summary>
/// A run's results as JSON (<c>--results FILE.json</c>, written by every shard): what the whole run selected, the part
/// this run covered, the toolchains, the targets' facts and each sample's verdict with its fingerprint, differences,
/// output and recorded requests, so that <c>verify merge</c> rebuilds the matrix and the report, and a later run can
/// use it as its <c>--baseline</c>. Written deterministically: indented, LF, members in a fixed order.
/// </summary>
public static class ResultsFile
{
    public const string Format = "hooksnippets-verify-results/1";

    public static string Write(VerifyReport report)
    {
        var selection = report.Selection ?? throw new ArgumentException("the report has no selection", nameof(report));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("description", selection.Description);
            json.WriteString("descriptionSha256", selection.DescriptionSha256);
            WriteStrings(json, "targets", selection.Targets);
            WriteStrings(json, "operations", selection.Operations);
            json.WriteString("shard", selection.Shard?.ToString());
            WriteStrings(json, "shardOperations", report.Operations);
            json.WriteBoolean("ci", report.Ci);
            json.WriteNumber("seconds", Math.Round(report.Duration.TotalSeconds, 3));
            json.WriteStartArray("toolchains");
            foreach (var toolchain in report.Toolchains)
            {
                json.WriteStartObject();
                json.WriteString("name", toolchain.Name);
                json.WriteString("version", toolchain.Version);
                json.WriteString("problem", toolchain.Problem);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("targetFacts");
            foreach (var target in report.Targets)
            {
                WriteTarget(json, target);
            }

            json.WriteEndArray();
            json.WriteStartArray("samples");
            foreach (var result in report.Results)
            {
                WriteResult(json, result);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <exception cref="ResultsFileException">The file cannot be read or is not a results file (the message names it).</exception>
    public static VerifyReport Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFileException($"{path}: cannot be read: {e.Message}");
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                throw new ResultsFileException($"{path}: not a verify results file (\"format\": \"{Format}\" expected)");
            }

            var selection = new RunSelection(
                Text(root, "description"),
                Text(root, "descriptionSha256"),
                Strings(root, "targets"),
                Strings(root, "operations"),
                root.GetProperty("shard").GetString() is { } shard ? Shard.Parse(shard) : null);
            return new VerifyReport(
                Strings(root, "shardOperations"),
                [.. root.GetProperty("targetFacts").EnumerateArray().Select(ReadTarget)],
                [.. root.GetProperty("samples").EnumerateArray().Select(ReadResult)],
                [.. root.GetProperty("toolchains").EnumerateArray().Select(t => new ToolchainStatus(Text(t, "name"), t.GetProperty("version").GetString(), Text(t, "problem")))],
                TimeSpan.FromSeconds(root.GetProperty("seconds").GetDouble()),
                root.GetProperty("ci").GetBoolean())
            {
                Selection = selection,
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ResultsFileException($"{path}: not a verify results file: {e.Message}");
        }
    }

    private static void WriteTarget(Utf8JsonWriter json, SnippetTarget target)
    {
        json.WriteStartObject();
        json.WriteString("language", target.Language);
        json.WriteString("client", target.Client);
        json.WriteString("displayName", target.DisplayName);
        if (target.Order is { } order)
        {
            json.WriteNumber("order", order);
        }
        else
        {
            json.WriteNull("order");
        }

        json.WriteString("extension", target.Extension);
        json.WriteString("fence", target.Fence);
        json.WriteString("codeSamplesLang", target.CodeSamplesLang);
        json.WriteString("runner", target.Runner);
        json.WriteBoolean("keepsHeaderNameCase", target.KeepsHeaderNameCase);
        json.WriteString("installHint", target.InstallHint);
        json.WriteStartObject("toolchain");
        WriteStrings(json, "debian", target.Toolchain.Debian);
        WritePins(json, "npm", target.Toolchain.Npm);
        WritePins(json, "nuget", target.Toolchain.NuGet);
        if (target.Toolchain.DotnetTools.Count > 0)
        {
            WritePins(json, "dotnetTools", target.Toolchain.DotnetTools);
        }
        WriteStrings(json, "versionCommand", target.Toolchain.VersionCommand);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static SnippetTarget ReadTarget(JsonElement target)
    {
        var toolchain = target.GetProperty("toolchain");
        return new SnippetTarget(
            Text(target, "language"),
            Text(target, "client"),
            Text(target, "displayName"),
            target.GetProperty("order").ValueKind == JsonValueKind.Null ? null : target.GetProperty("order").GetInt32(),
            Text(target, "extension"),
            Text(target, "fence"),
            target.GetProperty("codeSamplesLang").GetString(),
            target.GetProperty("runner").GetString(),
            target.GetProperty("keepsHeaderNameCase").GetBoolean(),
            target.GetProperty("installHint").GetString(),
            new TargetToolchain(
                Strings(toolchain, "debian").ToEquatableArray(),
                Pins(toolchain, "npm"),
                Pins(toolchain, "nuget"),
                Strings(toolchain, "versionCommand").ToEquatableArray())
            {
                DotnetTools = toolchain.TryGetProperty("dotnetTools", out _) ? Pins(toolchain, "dotnetTools") : EquatableArray<PackagePin>.Empty,
            });
    }

    private static void WriteResult(Utf8JsonWriter json, SampleResult result)
    {
        json.WriteStartObject();
        json.WriteString("operation", result.OperationId);
        json.WriteString("target", result.TargetId);
        json.WriteString("outcome", Outcome(result.Outcome));
        WriteStrings(json, "differences", result.Differences);
        json.WriteNumber("seconds", Math.Round(result.Duration.TotalSeconds, 3));
        if (result.Fingerprint is { } fingerprint)
        {
            json.WriteStartObject("fingerprint");
            json.WriteString("sample", fingerprint.Sample);
            json.WriteString("toolchain", fingerprint.Toolchain);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("fingerprint");
        }

        if (result.Expected is { } expected)
        {
            json.WriteStartObject("expected");
            json.WriteString("method", expected.Method);
            json.WriteString("url", expected.Url);
            json.WriteStartArray("headers");
            foreach (var header in expected.Headers)
            {
                WritePair(json, header.Name, header.Value);
            }

            json.WriteEndArray();
            ExpectedBodyJson.Write(json, "body", expected.Body);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("expected");
        }

        json.WriteStartArray("requests");
        foreach (var request in result.Requests)
        {
            json.WriteStartObject();
            json.WriteString("method", request.Method);
            json.WriteString("target", request.RawTarget);
            json.WriteString("protocol", request.Protocol);
            json.WriteStartArray("headers");
            foreach (var (name, value) in request.Headers)
            {
                WritePair(json, name, value);
            }

            json.WriteEndArray();
            json.WriteBase64String("body", request.Body);
            json.WriteString("receivedAt", request.ReceivedAt.ToString("O", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("log", result.Log);
        json.WriteEndObject();
    }

    private static SampleResult ReadResult(JsonElement sample)
    {
        var expected = sample.GetProperty("expected");
        var fingerprint = sample.GetProperty("fingerprint");
        return new SampleResult(
            Text(sample, "operation"),
            Text(sample, "target"),
            Outcome(Text(sample, "outcome")),
            Strings(sample, "differences"),
            [.. sample.GetProperty("requests").EnumerateArray().Select(r => new RecordedRequest(
                Text(r, "method"),
                Text(r, "target"),
                Pairs(r.GetProperty("headers")).Select(p => new KeyValuePair<string, string>(p.Name, p.Value)).ToArray(),
                r.GetProperty("body").GetBytesFromBase64(),
                Text(r, "protocol"),
                DateTimeOffset.Parse(Text(r, "receivedAt"), CultureInfo.InvariantCulture)))],
            expected.ValueKind == JsonValueKind.Null
                ? null
                : new ExpectedRequest(
                    Text(expected, "method"),
                    Text(expected, "url"),
                    Pairs(expected.GetProperty("headers")).Select(p => new HttpHeader(p.Name, p.Value)).ToEquatableArray(),
                    ExpectedBodyJson.Read(expected.GetProperty("body"))),
            Text(sample, "log"),
            TimeSpan.FromSeconds(sample.GetProperty("seconds").GetDouble()))
        {
            Fingerprint = fingerprint.ValueKind == JsonValueKind.Null ? null : new SampleFingerprint(Text(fingerprint, "sample"), Text(fingerprint, "toolchain")),
        };
    }

    private static string Outcome(SampleOutcome outcome) => outcome switch
    {
        SampleOutcome.Pass => "pass",
        SampleOutcome.Fail => "fail",
        SampleOutcome.ParsedOnly => "parsed-only",
        SampleOutcome.Unchanged => "unchanged",
        SampleOutcome.NotSupported => "not-supported",
        _ => "skipped",
    };

    private static SampleOutcome Outcome(string text) => text switch
    {
        "pass" => SampleOutcome.Pass,
        "fail" => SampleOutcome.Fail,
        "parsed-only" => SampleOutcome.ParsedOnly,
        "unchanged" => SampleOutcome.Unchanged,
        "skipped" => SampleOutcome.Skipped,
        "not-supported" => SampleOutcome.NotSupported,
        _ => throw new FormatException($"unknown outcome '{text}'"),
    };

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WritePins(Utf8JsonWriter json, string name, IEnumerable<PackagePin> pins)
    {
        json.WriteStartArray(name);
        foreach (var pin in pins)
        {
            WritePair(json, pin.Name, pin.Version);
        }

        json.WriteEndArray();
    }

    private static void WritePair(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartArray();
        json.WriteStringValue(name);
        json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new FormatException($"\"{name}\" is null");

    private static string[] Strings(JsonElement element, string name) =>
        [.. element.GetProperty(name).EnumerateArray().Select(v => v.GetString() ?? throw new FormatException($"\"{name}\" holds null"))];

    private static IEnumerable<(string Name, string Value)> Pairs(JsonElement array) =>
        array.EnumerateArray().Select(p => (p[0].GetString() ?? "", p[1].GetString() ?? ""));

    private static EquatableArray<PackagePin> Pins(JsonElement element, string name) =>
        Pairs(element.GetProperty(name)).Select(p => new PackagePin(p.Name, p.Value)).ToEquatableArray();
}

/// <summary>A results file cannot be read; the message names the file and why.</summary>
public sealed class ResultsFileException(string message) : Exception(message);
