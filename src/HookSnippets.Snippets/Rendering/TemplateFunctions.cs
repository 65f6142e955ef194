using HookSnippets.Description.Json;
using HookSnippets.Snippets.Encoders;
using Scriban.Runtime;

namespace HookSnippets.Snippets.Rendering;

/// <summary>
/// The encoders templates call, one read-only object per language: <c>shell.str</c>, <c>python.value</c>...
/// Shared by every thread's context, so it is never written after it is built.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Instance { get; } = Build();

    private static ScriptObject Build()
    {
        var root = new ScriptObject();
        Add(
            root,
            "shell",
            Str(ShellEncoder.String),
            ("curl_quoted", EncoderFunction.Of(ShellEncoder.CurlQuoted)),
            ("httpie_key", EncoderFunction.Of(ShellEncoder.HttpieKey)),
            ("httpie_value", EncoderFunction.Of(ShellEncoder.HttpieValue)),
            ("httpie_can_carry", EncoderFunction.Of(ShellEncoder.HttpieCanCarry)));
        Add(root, "csharp", Str(CSharpEncoder.String), ("raw", EncoderFunction.Of(CSharpEncoder.Raw)));
        Add(root, "go", Str(GoEncoder.String), ("raw", EncoderFunction.Of(GoEncoder.Raw)));
        Add(root, "java", Str(JavaEncoder.String), ("text_block", EncoderFunction.Of(JavaEncoder.TextBlock)));
        Add(root, "js", Str(JavaScriptEncoder.String), Value(JavaScriptEncoder.Value), Native(JavaScriptEncoder.CanWriteNatively));
        Add(root, "php", Str(PhpEncoder.String), Value(PhpEncoder.Value), Native(PhpEncoder.CanWriteNatively));
        Add(root, "python", Str(PythonEncoder.String), Value(PythonEncoder.Value), Native(PythonEncoder.CanWriteNatively));
        Add(root, "ruby", Str(RubyEncoder.String), Value(RubyEncoder.Value), Native(RubyEncoder.CanWriteNatively));
        Add(root, "r", Str(REncoder.String), ("text", EncoderFunction.Of(REncoder.Text)));
        Add(root, "powershell", Str(PowerShellEncoder.String), ("here", EncoderFunction.Of(PowerShellEncoder.HereString)), ("passes_header_validation", EncoderFunction.Of(PowerShellEncoder.PassesHeaderValidation)));
        Add(root, "swift", Str(SwiftEncoder.String), ("raw", EncoderFunction.Of(SwiftEncoder.Raw)));
        Add(root, "objc", Str(ObjectiveCEncoder.String), ("json_lines", EncoderFunction.Of(ObjectiveCEncoder.JsonLines)));
        Add(root, "c", Str(CEncoder.String), ("lines", EncoderFunction.Of(CEncoder.Lines)));
        Add(root, "kotlin", Str(KotlinEncoder.String), ("raw", EncoderFunction.Of(KotlinEncoder.Raw)));
        Add(root, "clojure", Str(ClojureEncoder.String), ("text", EncoderFunction.Of(ClojureEncoder.Text)));
        Add(root, "ocaml", Str(OCamlEncoder.String), ("text", EncoderFunction.Of(OCamlEncoder.Text)), ("uri_path_and_query", EncoderFunction.Of(OCamlEncoder.UriPathAndQuery)));
        Add(root, "rust", Str(RustEncoder.String), ("raw", EncoderFunction.Of(RustEncoder.Raw)));
        Add(root, "crystal", Str(CrystalEncoder.String), ("heredoc", EncoderFunction.Of(CrystalEncoder.Heredoc)));
        Add(
            root,
            "http",
            ("json", EncoderFunction.Of(HttpEncoder.Json)),
            ("content_length", EncoderFunction.Of(HttpEncoder.ContentLength)),
            ("can_carry_body", EncoderFunction.Of(HttpEncoder.CanCarryBody)),
            ("can_carry_line", EncoderFunction.Of(HttpEncoder.CanCarryLine)));
        Add(root, "browser", ("forbids_header", EncoderFunction.Of(BrowserRequests.ForbidsHeader)));
        root.SetValue("cannot_send", EncoderFunction.Of(CannotSend), readOnly: true);
        root.IsReadOnly = true;
        return root;
    }

    /// <summary>
    /// <c>cannot_send "reason"</c>: the template's client cannot send this request exactly, so no sample is written
    /// (HS3008, located at the operation's body, or its id, in the description).
    /// </summary>
    private static string CannotSend(string reason) =>
        throw new SampleRefusedException(Description.Diagnostics.DiagnosticIds.TargetCannotSend, reason + "; the sample is not written", default);

    private static (string, EncoderFunction) Str(Func<string, string> encoder) => ("str", EncoderFunction.Of(encoder));

    private static (string, EncoderFunction) Value(Func<JsonNode, int, string> writer) => ("value", EncoderFunction.Of(writer));

    private static (string, EncoderFunction) Native(Func<JsonNode, bool> check) => ("can_write_natively", EncoderFunction.Of(check));

    private static void Add(ScriptObject root, string language, params (string Name, EncoderFunction Function)[] functions)
    {
        var group = new ScriptObject();
        foreach (var (name, function) in functions)
        {
            group.SetValue(name, function, readOnly: true);
        }

        group.IsReadOnly = true;
        root.SetValue(language, group, readOnly: true);
    }
}
