using HookSnippets.Snippets.Encoders;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Tests.Rendering;

public sealed class SnippetRendererTests
{
    private static readonly OperationModel Create = RequestModelBuilder.Build(TestDescriptions.Read(TestDescriptions.Hooks)).Single(m => m.Operation.Id == "hooks.secrets.create");
    private static readonly ApiFacts Api = new("Hooks", "Hooks API");

    private static string RenderWith(string template, string language = "shell", string client = "curl")
    {
        using var folder = new TempFolder();
        folder.Write($"{language}/{client}/{client}.sbn", template);
        var pack = TemplatePack.WithOverrides(folder.Path);
        return new SnippetRenderer(pack).Render(pack.Targets.Single(t => t.Id == language + "-" + client), Create, Api);
    }

    private static SnippetTarget Target(TemplatePack pack, string id) => pack.Targets.Single(t => t.Id == id);

    private static (TemplateException Error, string TemplatePath) FailWith(string template)
    {
        using var folder = new TempFolder();
        var path = folder.Write("shell/curl/curl.sbn", template);
        var pack = TemplatePack.WithOverrides(folder.Path);
        var renderer = new SnippetRenderer(pack);
        return (Assert.Throws<TemplateException>(() => renderer.Render(Target(pack, "shell-curl"), Create, Api)), path);
    }

    [Fact]
    public void TemplatesReadTheModelInSnakeCase()
    {
        Assert.Equal(
            "POST https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets /api/v2/hooks/HOOK_ID/secrets\n" +
            "Authorization=Bearer MGMT_API_ACCESS_TOKEN;Content-Type=application/json;\n" +
            "{\"HOOK_SECRET_KEY\":\"HOOK_SECRET_VALUE\"} application/json object\n" +
            "hooks.secrets.create Add hook secrets create:hooks,update:hooks HOOK_ID=ID of the hook\n" +
            "shell-curl sh cURL bash Hooks\n",
            RenderWith(
                """
                {{ request.method }} {{ request.url }} {{ request.path_and_query }}
                {{ for h in request.headers }}{{ h.name }}={{ h.value }};{{ end }}
                {{ request.body.compact }} {{ request.body.content_type }} {{ request.body.kind }}
                {{ operation.id }} {{ operation.summary }} {{ operation.scopes | array.join "," }} {{ operation.placeholders[2].value }}={{ operation.placeholders[2].description }}
                {{ target.id }} {{ target.extension }} {{ target.display_name }} {{ target.fence }} {{ api.name }}
                """));
    }

    [Fact]
    public void TheCSharpClientGlobalCarriesTheGeneratedClientCall()
    {
        Assert.Equal(
            "Hooks HooksClient HooksClientOptions BaseUrl AccessToken MGMT_API_ACCESS_TOKEN domain=Domain=YOUR_DOMAIN Hooks,System.Collections.Generic\n" +
            "CALL false\n" +
            "https://YOUR_DOMAIN/api/v2 false\n",
            RenderWith(
                """
                {{ csharp_client.namespace }} {{ csharp_client.client_name }} {{ csharp_client.options_name }} {{ csharp_client.base_url_property }} {{ for c in csharp_client.credentials }}{{ c.property }} {{ c.example }}{{ end }} {{ for v in csharp_client.variables }}{{ v.name }}={{ v.property_name }}={{ v.example }}{{ end }} {{ csharp_client.usings | array.join "," }}
                {{ csharp_client.call }} {{ csharp_client.has_result }}
                {{ request.base_url }} {{ request.base_url_overridden }}
                """).Replace(Create.CSharp!.Call, "CALL", StringComparison.Ordinal));
        Assert.StartsWith("await client.Hooks.Secrets.CreateAsync(\"HOOK_ID\", ", Create.CSharp.Call);
    }

    [Fact]
    public void EveryEncoderIsAFunctionThatWritesTheEncodersLiteral()
    {
        const string Hostile = "it's \"${x}\" #{y} `z` $w\\";
        var node = Create.Request.Body!.Json!;
        var expected = string.Join(
            "\n",
            ShellEncoder.String(Hostile), GoEncoder.String(Hostile), JavaEncoder.String(Hostile), JavaScriptEncoder.String(Hostile),
            PhpEncoder.String(Hostile), PythonEncoder.String(Hostile), RubyEncoder.String(Hostile), SwiftEncoder.String(Hostile),
            ObjectiveCEncoder.String(Hostile), CSharpEncoder.String(Hostile),
            JavaScriptEncoder.Value(node, 1), PhpEncoder.Value(node, 1), PythonEncoder.Value(node, 1), RubyEncoder.Value(node, 1),
            "true true true true") + "\n";
        var template = """
            {{~ s = "it's \"${x}\" #{y} `z` $w\\" ~}}
            {{ shell.str s }}
            {{ go.str s }}
            {{ java.str s }}
            {{ js.str s }}
            {{ php.str s }}
            {{ python.str s }}
            {{ ruby.str s }}
            {{ swift.str s }}
            {{ objc.str s }}
            {{ csharp.str s }}
            {{ js.value request.body.json 1 }}
            {{ php.value request.body.json 1 }}
            {{ python.value request.body.json 1 }}
            {{ ruby.value request.body.json 1 }}
            {{ js.can_write_natively request.body.json }} {{ php.can_write_natively request.body.json }} {{ python.can_write_natively request.body.json }} {{ ruby.can_write_natively request.body.json }}
            """;
        Assert.Equal(expected, RenderWith(template));
    }

    [Fact]
    public void AMisspeltMemberIsAnErrorAtItsOneBasedTemplatePosition()
    {
        var (error, path) = FailWith("first line\n  {{ request.hedaers }}\n");
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("HS3001", diagnostic.Id);
        Assert.Equal($"{path}(2,14): error HS3001: {diagnostic.Message}", diagnostic.ToString());
        Assert.Contains("hedaers", diagnostic.Message);
    }

    [Fact]
    public void AnUndefinedVariableIsAnError()
    {
        var (error, path) = FailWith("{{ reqest.url }}");
        Assert.Equal($"{path}(1,4): error HS3001: {error.Diagnostics[0].Message}", error.Diagnostics[0].ToString());
        Assert.Contains("reqest", error.Diagnostics[0].Message);
    }

    [Fact]
    public void AParseErrorIsReportedAtItsOneBasedTemplatePosition()
    {
        var (error, path) = FailWith("a\nb {{ if }}\n");
        var diagnostic = error.Diagnostics[0];
        Assert.Equal("HS3001", diagnostic.Id);
        Assert.StartsWith($"{path}(2,", diagnostic.ToString());
        Assert.Equal(1, diagnostic.Span.StartLine);
    }

    [Fact]
    public void AnEncoderThatRefusesAValueIsATemplateError()
    {
        var (error, path) = FailWith("x\n{{ shell.str \"a\\0b\" }}");
        Assert.StartsWith($"{path}(2,", error.Diagnostics[0].ToString());
        Assert.Contains("NUL", error.Diagnostics[0].Message);
    }

    [Fact]
    public void AnEncoderCalledWithTooFewArgumentsGetsScribansMessageAtTheCall()
    {
        var (error, path) = FailWith("{{ shell.str }}");
        Assert.Equal($"{path}(1,13): error HS3001: Invalid number of arguments `0` passed to `shell.str` while expecting `1` arguments", error.Diagnostics[0].ToString());
    }

    [Fact]
    public void AnEncoderArgumentOfTheWrongTypeIsAnErrorAtThatArgument()
    {
        var (error, path) = FailWith("{{ python.value request.body.json \"a\" }}");
        Assert.Equal($"{path}(1,35): error HS3001: Unable to convert type `string` to int", error.Diagnostics[0].ToString());
        (error, path) = FailWith("{{ js.can_write_natively 3 }}");
        Assert.Equal($"{path}(1,26): error HS3001: Unable to convert type `int` to `JsonNode`", error.Diagnostics[0].ToString());
    }

    [Fact]
    public void AnEncodersArgumentExceptionNamesItsParameter()
    {
        var (error, path) = FailWith("{{ php.can_write_natively null }}");
        Assert.Equal($"{path}(1,27): error HS3001: Value cannot be null. (Parameter 'node')", error.Diagnostics[0].ToString());
    }

    [Fact]
    public void EncodersTakeNamedArgumentsAndANullIndentIsZero()
    {
        Assert.Equal(
            RenderWith("{{ ruby.value request.body.json 0 }}"),
            RenderWith("{{ ruby.value indent: null node: request.body.json }}"));
        Assert.Equal("'a b'\n", RenderWith("{{ shell.str value: 'a b' }}"));
    }

    [Fact]
    public void TheModelSaysWhenTheUrlHoldsBracketsOrBraces()
    {
        var api = TestDescriptions.Read(TestDescriptions.Hooks);
        var overridden = RequestModelBuilder.Build(api, ServerAddress.Parse("https://[::1]:8443/api")).Single(m => m.Operation.Id == "hooks.secrets.create");
        Assert.True(overridden.Request.UrlHasBracketsOrBraces);
        Assert.False(Create.Request.UrlHasBracketsOrBraces);
        Assert.Equal("false\n", RenderWith("{{ request.url_has_brackets_or_braces }}"));
    }

    [Fact]
    public void TheModelCannotBeAssigned()
    {
        var (error, _) = FailWith("{{ request = 1 }}");
        Assert.Equal("HS3001", error.Diagnostics[0].Id);
    }

    [Fact]
    public void OutputHasLfLineEndsAndExactlyOneFinalNewline()
    {
        Assert.Equal("a\nb\n\nc\n", RenderWith("a\r\nb\r\n\r\nc\n\n\n"));
        Assert.Equal("a\n", RenderWith("a"));
    }

    [Fact]
    public void AVariableSetByOneRenderIsGoneInTheNext()
    {
        using var folder = new TempFolder();
        folder.Write("shell/curl/curl.sbn", "{{ x = 1 }}{{ x }}");
        folder.Write("shell/wget/wget.sbn", "{{ x }}");
        var pack = TemplatePack.WithOverrides(folder.Path);
        var renderer = new SnippetRenderer(pack);
        Assert.Equal("1\n", renderer.Render(Target(pack, "shell-curl"), Create, Api));
        var error = Assert.Throws<TemplateException>(() => renderer.Render(Target(pack, "shell-wget"), Create, Api));
        Assert.Contains("`x` was not found", error.Diagnostics[0].Message);
        Assert.Equal("1\n", renderer.Render(Target(pack, "shell-curl"), Create, Api));
    }

    [Fact]
    public void ThreadsRenderWithTheirOwnContexts()
    {
        var renderer = new SnippetRenderer(TemplatePack.Embedded);
        var target = Target(TemplatePack.Embedded, "python-requests");
        var expected = renderer.Render(target, Create, Api);
        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(4).Select(_ => renderer.Render(target, Create, Api)).ToArray();
        Assert.All(results, text => Assert.Equal(expected, text));
    }

    [Fact]
    public void TemplatesAreParsedOnceAndCached()
    {
        var target = Target(TemplatePack.Embedded, "shell-curl");
        Assert.Same(TemplatePack.Embedded.GetTemplate(target), TemplatePack.Embedded.GetTemplate(target));
    }

    [Fact]
    public void RenderingIsDeterministic()
    {
        var renderer = new SnippetRenderer(TemplatePack.Embedded);
        foreach (var target in TemplatePack.Embedded.Targets)
        {
            Assert.Equal(renderer.Render(target, Create, Api), renderer.Render(target, Create, Api));
        }
    }
}
