using System.Text;
using HookSnippets.Description.Json;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Tests.Samples;

namespace HookSnippets.Snippets.Tests.Rendering;

/// <summary>
/// The two reference templates, rendered for the test, hostile and shipped descriptions: each output passes its
/// language's syntax check, and run against a stand-in for curl or requests it passes exactly the expected request.
/// </summary>
public sealed class ReferenceTemplateStandInTests
{
    private static readonly SnippetRenderer Renderer = new(TemplatePack.Embedded);

    public static TheoryData<string> Descriptions() => ["test", TestSamples.Hostile, TestSamples.Shipped];

    private static IEnumerable<(OperationModel Model, string Code)> RenderAll(string description, string targetId)
    {
        var json = description == "test" ? TestDescriptions.Hooks : File.ReadAllText(RepositoryRoot.File(description));
        var api = TestDescriptions.Read(json);
        var target = TestSamples.Targets.Single(t => t.Id == targetId);
        return RequestModelBuilder.Build(api).Select(model => (model, Renderer.Render(target, model, new ApiFacts(api.Name, api.Title))));
    }

    [SkippableTheory]
    [MemberData(nameof(Descriptions))]
    public void CurlSamplesPassBashSyntaxCheckAndHandCurlTheExpectedRequest(string description)
    {
        var bash = Toolchain.Require("bash");
        using var folder = new TempFolder();
        folder.Write("bin/curl", "#!/bin/bash\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$CAPTURE_FILE\"\n");
        Skip.If(OperatingSystem.IsWindows(), "the curl stand-in is a bash script");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(folder.Path, "bin", "curl"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        foreach (var (model, code) in RenderAll(description, "shell-curl"))
        {
            var sample = folder.Write(model.Operation.Id + ".sh", code);
            Toolchain.Run(bash, ["-n", sample], folder.Path);
            var capture = Path.Combine(folder.Path, model.Operation.Id + ".args");
            Toolchain.Run(bash, [sample], folder.Path, new Dictionary<string, string>
            {
                ["PATH"] = Path.Combine(folder.Path, "bin") + ":" + Environment.GetEnvironmentVariable("PATH"),
                ["CAPTURE_FILE"] = capture,
            });

            var args = Encoding.UTF8.GetString(File.ReadAllBytes(capture)).TrimEnd('\0').Split('\0');
            Assert.Equal(model.Expected.Method, Value(args, "--request"));
            Assert.Equal(model.Expected.Url, Value(args, "--url"));
            Assert.Equal(model.Expected.Headers.Select(h => h.Name + ": " + h.Value), Values(args, "--header"));
            Assert.Equal(model.Request.Body?.Pretty, Values(args, "--data").SingleOrDefault());
            Assert.DoesNotContain("--fail-with-body", args);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Descriptions))]
    public void PythonRequestsSamplesCompileAndHandRequestsTheExpectedRequest(string description)
    {
        var python = Toolchain.Require("/usr/bin/python3", "apt-get install python3");
        using var folder = new TempFolder();
        var runner = folder.Write("run_with_stub.py", StubRunner);
        foreach (var (model, code) in RenderAll(description, "python-requests"))
        {
            var sample = folder.Write(model.Operation.Id.Replace('.', '_') + ".py", code);
            Toolchain.Run(python, ["-m", "py_compile", sample], folder.Path);
            var capture = Path.Combine(folder.Path, model.Operation.Id + ".json");
            Toolchain.Run(python, [runner, sample, capture], folder.Path);

            var captured = (JsonObject)JsonParser.Parse(File.ReadAllText(capture), capture).Root!;
            Assert.Equal(model.Expected.Method, ((JsonString)captured["method"]!).Value);
            Assert.Equal(model.Expected.Url, ((JsonString)captured["url"]!).Value);
            Assert.Equal(
                model.Expected.Headers.Select(h => h.Name + ": " + h.Value),
                ((JsonArray)captured["headers"]!).Items.Select(pair => ((JsonArray)pair).Items.Select(x => ((JsonString)x).Value)).Select(p => string.Join(": ", p)));
            if (model.Request.Body is { } body)
            {
                Assert.True(JsonWriter.DeepEquals(body.Json!, captured["body"]!), $"{model.Operation.Id}: the body sent is {JsonWriter.Write(captured["body"]!, false)}, expected {body.Compact}");
            }
            else
            {
                Assert.Null(captured["body"]);
            }
        }
    }

    private static string Value(string[] args, string option) => Values(args, option).Single();

    private static IEnumerable<string> Values(string[] args, string option) =>
        args.Select((arg, i) => (arg, i)).Where(p => p.arg == option).Select(p => args[p.i + 1]).ToArray();

    /// <summary>Runs a sample with a stand-in <c>requests</c> module that records what it is asked to send.</summary>
    private const string StubRunner = """
        import json as jsonlib
        import runpy
        import sys
        import types

        sample, capture = sys.argv[1], sys.argv[2]


        class Response:
            status_code = 200
            ok = True
            text = "{}"

            def json(self):
                return jsonlib.loads(self.text)

            def raise_for_status(self):
                pass


        def recorder(method):
            def call(url, headers=None, json=None, data=None, timeout=None):
                record = {"method": method, "url": url, "headers": [[k, v] for k, v in headers.items()]}
                if json is not None:
                    record["body"] = json
                if data is not None:
                    record["body"] = jsonlib.loads(data.decode("utf-8"))
                with open(capture, "w", encoding="utf-8") as f:
                    jsonlib.dump(record, f, ensure_ascii=False)
                return Response()
            return call


        stub = types.ModuleType("requests")
        for name in ["get", "post", "put", "patch", "delete", "head", "options"]:
            setattr(stub, name, recorder(name.upper()))
        sys.modules["requests"] = stub
        runpy.run_path(sample, run_name="__main__")
        """;
}
