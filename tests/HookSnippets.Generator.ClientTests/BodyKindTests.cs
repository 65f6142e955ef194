using System.Text;
using HookSnippets.Generator.ClientTests.Auth0;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// Each body kind sends exactly the bytes and Content-Type of the expected request (docs/endpoint-format.md, "Form
/// bodies" and "Multipart bodies"): tests/fixtures/auth-bodies.endpoints.json, hostile values included.
/// </summary>
public sealed class BodyKindTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Hostile = "a \"quoted\" 'it' & b=c 50% +1 [x] #?;/\nline2\r\nline3 é€ 😀";

    [Fact]
    public async Task FormSendsFieldsInOrderArraysRepeatedCommaJoinedAndDeepObjectInBrackets()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        await harness.Client.Forms.CreateAsync(AuthBodiesHarness.Members("""
            {"To":"+1 555 0100","Body":"a \"quoted\" 'it' & b=c 50% +1 [x] #?;/\nline2\r\nline3 é€ 😀","quote\"d & name=x%+":"é€ 😀",
             "new\nline":"v","MediaUrl":["https://example.com/a.png?x=1&y=2","b c"],"Tags":["x","y,z"],
             "metadata":{"order":{"id":7,"note":"a&b"},"paid":true},"expand":["customer","invoice.lines"],"Count":3,"Empty":""}
            """));

        Assert.Equal(
            "To=%2B1%20555%200100&Body=a%20%22quoted%22%20%27it%27%20%26%20b%3Dc%2050%25%20%2B1%20%5Bx%5D%20%23%3F%3B%2F%0Aline2%0D%0Aline3%20%C3%A9%E2%82%AC%20%F0%9F%98%80"
            + "&quote%22d%20%26%20name%3Dx%25%2B=%C3%A9%E2%82%AC%20%F0%9F%98%80&new%0Aline=v&MediaUrl=https%3A%2F%2Fexample.com%2Fa.png%3Fx%3D1%26y%3D2&MediaUrl=b%20c"
            + "&Tags=x%2Cy%2Cz&metadata%5Border%5D%5Bid%5D=7&metadata%5Border%5D%5Bnote%5D=a%26b&metadata%5Bpaid%5D=true&expand%5B0%5D=customer&expand%5B1%5D=invoice.lines&Count=3&Empty=",
            Encoding.ASCII.GetString(harness.Request.Body));
        Assert.Equal(["application/x-www-form-urlencoded"], harness.Request.HeaderValues("Content-Type"));
    }

    [Fact]
    public async Task FormFieldHoldingAnObjectWithoutDeepObjectStyleIsRefusedBeforeSending()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Forms.CreateAsync(AuthBodiesHarness.Members("""{"To":{"a":1}}""")));

        Assert.Equal("body", error.ParamName);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task MultipartWritesTwoFilesAndHostileNamesWithTheCanonicalPartHeaders()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);
        var front = new byte[] { 0xFF, 0xD8, 0x00, 0x0D, 0x0A };
        var back = Encoding.UTF8.GetBytes("back\r\n--");

        await harness.Client.Uploads.CreateAsync(new MultipartFormData
        {
            { "purpose", "fine-tune" },
            { "note", Hostile + " --HookSnippetsBoundary" },
            { "quote\" & 50% + é 😀", "named" },
            { "front", new FileContent(new MemoryStream(front), "quote\"d & 50% + é 😀.jpg", "image/jpeg") },
            { "tags", "a" },
            { "tags", "b" },
            { "back", new FileContent(new MemoryStream(back), "two\nlines.bin") },
        });

        // The note holds the base boundary, so the writer numbers it.
        const string b = "HookSnippetsBoundary1";
        var expected = new MemoryStream();
        void Text(string text) => expected.Write(Encoding.UTF8.GetBytes(text));
        Text($"--{b}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune\r\n");
        Text($"--{b}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n{Hostile} --HookSnippetsBoundary\r\n");
        Text($"--{b}\r\nContent-Disposition: form-data; name=\"quote%22 & 50% + é 😀\"\r\n\r\nnamed\r\n");
        Text($"--{b}\r\nContent-Disposition: form-data; name=\"front\"; filename=\"quote%22d & 50% + é 😀.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n");
        expected.Write(front);
        Text($"\r\n--{b}\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\na\r\n");
        Text($"--{b}\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\nb\r\n");
        Text($"--{b}\r\nContent-Disposition: form-data; name=\"back\"; filename=\"two%0Alines.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        expected.Write(back);
        Text($"\r\n--{b}--\r\n");
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(harness.Request.Body));
        Assert.Equal(expected.ToArray(), harness.Request.Body);
        Assert.Equal(["multipart/form-data; boundary=" + b], harness.Request.HeaderValues("Content-Type"));
    }

    [Fact]
    public async Task MultipartJsonPartAndDeclaredFileTypeComeFromTheDescription()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        await harness.Client.Uploads.MetadataAsync(new MultipartFormData
        {
            { "a=b", "c" },
            { "meta", System.Text.Json.JsonDocument.Parse("""{ "k": "v", "n": 1 }""").RootElement },
            { "file", new FileContent(new MemoryStream("x,y\n"u8.ToArray()), "data.csv") },
        });

        Assert.Equal(
            "--HookSnippetsBoundary\r\nContent-Disposition: form-data; name=\"a=b\"\r\n\r\nc\r\n"
            + "--HookSnippetsBoundary\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"k\":\"v\",\"n\":1}\r\n"
            + "--HookSnippetsBoundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.csv\"\r\nContent-Type: text/csv\r\n\r\nx,y\n\r\n"
            + "--HookSnippetsBoundary--\r\n",
            Encoding.UTF8.GetString(harness.Request.Body));
        Assert.Equal(["X-API-Key: " + AuthBodiesHarness.HeaderKey], AuthBodiesHarness.CredentialHeaders(harness.Request));
    }

    [Fact]
    public async Task TextBodyIsUtf8WithItsContentTypeAndNoCharsetAdded()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        await harness.Client.Notes.CreateAsync(Hostile);

        Assert.Equal(Encoding.UTF8.GetBytes(Hostile), harness.Request.Body);
        Assert.Equal(["text/plain"], harness.Request.HeaderValues("Content-Type"));
        Assert.Equal(["Authorization: Bearer " + AuthBodiesHarness.Token], AuthBodiesHarness.CredentialHeaders(harness.Request));
    }

    [Fact]
    public async Task FileUploadSendsTheStreamsBytesFromItsPositionAndLeavesItOpen()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);
        var stream = new MemoryStream([0x25, 0x50, 0x44, 0x46, 0x00, 0xFF]) { Position = 1 };

        await harness.Client.Uploads.RawAsync(stream);

        Assert.Equal("PUT", harness.Request.Method);
        Assert.Equal(new byte[] { 0x50, 0x44, 0x46, 0x00, 0xFF }, harness.Request.Body);
        Assert.Equal(["application/octet-stream"], harness.Request.HeaderValues("Content-Type"));
        Assert.True(stream.CanRead);
    }

    [Fact]
    public async Task VendorJsonIsSentWithItsOwnContentTypeAndAnUntypedNullKept()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        await harness.Client.Notes.PatchAsync("NOTE_ID", AuthBodiesHarness.Members("""{"title":"New title","tags":null}"""));

        Assert.Equal("""{"title":"New title","tags":null}""", Encoding.UTF8.GetString(harness.Request.Body));
        Assert.Equal(["application/merge-patch+json"], harness.Request.HeaderValues("Content-Type"));
    }

    [Fact]
    public async Task RetriedUploadResendsTheSameBytes()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);
        harness.Server.Clear();
        harness.Server.Enqueue(RecordingServer.RecordedResponse.Json(503, "{}"));
        harness.Server.Enqueue(RecordingServer.RecordedResponse.Json(200, "{}"));
        harness.Options.Retry.BaseDelay = TimeSpan.Zero;
        var client = new HookSnippets.Generator.ClientTests.AuthBodies.AuthBodiesClient(harness.Http, harness.Options);

        await client.Uploads.RawAsync(new MemoryStream([1, 2, 3]));

        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.All(harness.Server.Requests, r => Assert.Equal(new byte[] { 1, 2, 3 }, r.Body));
    }
}
