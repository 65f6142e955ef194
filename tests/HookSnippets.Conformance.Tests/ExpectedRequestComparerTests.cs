using System.Text;
using HookSnippets.Description;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Requests;
using HookSnippets.Verification;

namespace HookSnippets.Conformance.Tests;

public sealed class ExpectedRequestComparerTests
{
    private static readonly ExpectedRequest Create = new(
        "POST",
        "https://127.0.0.1:5000/api/v2/hooks/a%2Fb%20c/secrets?x=1&y=%7E",
        new[] { new HttpHeader("Authorization", "Bearer TOKEN"), new HttpHeader("Content-Type", "application/json"), new HttpHeader("X-Trace", "t 1") }.ToEquatableArray(),
        new JsonBody("""{"HOOK_SECRET_KEY":"HOOK_SECRET_VALUE","n":9007199254740993,"list":[1,[2,null]]}"""));

    private static RecordedRequest Request(string target = "/api/v2/hooks/a%2Fb%20c/secrets?x=1&y=%7E", string? body = null, params (string Name, string Value)[] headers)
    {
        (string, string)[] sent = headers.Length > 0
            ? headers
            : [("Authorization", "Bearer TOKEN"), ("Content-Type", "application/json"), ("X-Trace", "t 1"), ("User-Agent", "curl/7.88.1"), ("Accept", "*/*"), ("sec-fetch-mode", "cors")];
        return new RecordedRequest(
            "POST",
            target,
            sent.Select(h => new KeyValuePair<string, string>(h.Item1, h.Item2)).ToArray(),
            Encoding.UTF8.GetBytes(body ?? """{"list":[1.0,[2,null]],"n":9007199254740993,"HOOK_SECRET_KEY":"HOOK_SECRET_VALUE"}"""),
            "HTTP/1.1",
            DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public void Same_request_with_other_member_order_number_form_and_runtime_headers_matches()
    {
        Assert.Empty(ExpectedRequestComparer.Compare(Create, [Request()], exactHeaderNames: true));
    }

    [Fact]
    public void The_request_target_is_compared_byte_for_byte()
    {
        Assert.Equal(
            ["request target: expected /api/v2/hooks/a%2Fb%20c/secrets?x=1&y=%7E, received /api/v2/hooks/a%2Fb%20c/secrets?x=1&y=~"],
            ExpectedRequestComparer.Compare(Create, [Request("/api/v2/hooks/a%2Fb%20c/secrets?x=1&y=~")], exactHeaderNames: false));
        Assert.Single(ExpectedRequestComparer.Compare(Create, [Request("/api/v2/hooks/%61%2Fb%20c/secrets?x=1&y=%7E")], exactHeaderNames: false));
        Assert.Single(ExpectedRequestComparer.Compare(Create, [Request("/api/v2/hooks/a/b%20c/secrets?x=1&y=%7E")], exactHeaderNames: false));
        Assert.Single(ExpectedRequestComparer.Compare(Create, [Request("/api/v2/hooks/a%2Fb+c/secrets?x=1&y=%7E")], exactHeaderNames: false));
        Assert.Single(ExpectedRequestComparer.Compare(Create, [Request("/api/v2/hooks/a%2fb%20c/secrets?x=1&y=%7E")], exactHeaderNames: false));
    }

    [Fact]
    public void Each_expected_header_is_sent_once_with_exactly_its_value()
    {
        Assert.Equal(
            "header Content-Type: expected \"application/json\", received \"application/json; charset=utf-8\"",
            Assert.Single(Compare(("Authorization", "Bearer TOKEN"), ("Content-Type", "application/json; charset=utf-8"), ("X-Trace", "t 1"))));
        Assert.Equal(
            "header Content-Type: sent 2 times (\"application/json\", \"application/x-www-form-urlencoded\"), expected once \"application/json\"",
            Assert.Single(Compare(("Authorization", "Bearer TOKEN"), ("Content-Type", "application/json"), ("Content-Type", "application/x-www-form-urlencoded"), ("X-Trace", "t 1"))));
        Assert.Equal(
            "header Authorization: sent 2 times (\"Bearer TOKEN\", \"Bearer TOKEN\"), expected once \"Bearer TOKEN\"",
            Assert.Single(Compare(("Authorization", "Bearer TOKEN"), ("Authorization", "Bearer TOKEN"), ("Content-Type", "application/json"), ("X-Trace", "t 1"))));
    }

    [Fact]
    public void Header_name_case_counts_over_http1_only_where_the_target_keeps_it()
    {
        (string, string)[] lowerCase = [("authorization", "Bearer TOKEN"), ("content-type", "application/json"), ("X-Trace", "t 1")];
        Assert.Empty(ExpectedRequestComparer.Compare(Create, [Request(headers: lowerCase)], exactHeaderNames: false));
        Assert.Equal(
            ["header Authorization: sent as \"authorization\" (this target sends header names as written)", "header Content-Type: sent as \"content-type\" (this target sends header names as written)"],
            ExpectedRequestComparer.Compare(Create, [Request(headers: lowerCase)], exactHeaderNames: true));
        Assert.Empty(ExpectedRequestComparer.Compare(Create, [Request(headers: lowerCase) with { Protocol = "HTTP/2" }], exactHeaderNames: true));
    }

    [Fact]
    public void A_multipart_content_type_is_the_clients_own_so_its_name_case_is_not_judged()
    {
        var upload = new ExpectedRequest(
            "POST",
            "https://127.0.0.1:5000/v1/uploads",
            new[] { new HttpHeader("Authorization", "Bearer TOKEN"), new HttpHeader("Content-Type", "multipart/form-data; boundary=HookSnippetsBoundary") }.ToEquatableArray(),
            new MultipartBody("HookSnippetsBoundary", new[] { new MultipartPart("a", null, null, "b", null) }.ToEquatableArray()));
        RecordedRequest Sent(string authorization) => new(
            "POST",
            "/v1/uploads",
            [new(authorization, "Bearer TOKEN"), new("content-type", "multipart/form-data; boundary=----formdata-undici-0123")],
            Encoding.UTF8.GetBytes("------formdata-undici-0123\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n------formdata-undici-0123--\r\n"),
            "HTTP/1.1",
            DateTimeOffset.UnixEpoch);

        Assert.Empty(ExpectedRequestComparer.Compare(upload, [Sent("Authorization")], exactHeaderNames: true));
        Assert.Equal(
            ["header Authorization: sent as \"authorization\" (this target sends header names as written)"],
            ExpectedRequestComparer.Compare(upload, [Sent("authorization")], exactHeaderNames: true));
    }

    [Fact]
    public void Authorization_header_parameters_and_unexpected_headers_are_named()
    {
        Assert.Equal(["header Authorization: missing (expected \"Bearer TOKEN\")"], Compare(("Content-Type", "application/json"), ("X-Trace", "t 1")));
        Assert.Equal(["header Authorization: expected \"Bearer TOKEN\", received \"bearer TOKEN\""], Compare(("Authorization", "bearer TOKEN"), ("Content-Type", "application/json"), ("X-Trace", "t 1")));
        Assert.Equal(["header X-Trace: expected \"t 1\", received \"t%201\""], Compare(("Authorization", "Bearer TOKEN"), ("Content-Type", "application/json"), ("X-Trace", "t%201")));
        Assert.Equal(
            ["header cache-control: not expected, received \"no-cache\""],
            Compare(("Authorization", "Bearer TOKEN"), ("Content-Type", "application/json"), ("X-Trace", "t 1"), ("cache-control", "no-cache"), ("Connection", "keep-alive"), ("Expect", "100-continue")));
    }

    [Fact]
    public void Bodies_are_compared_as_json_values_and_the_first_difference_is_located()
    {
        var changed = ExpectedRequestComparer.Compare(Create, exactHeaderNames: true, received: [Request(body: """{"HOOK_SECRET_KEY":"OTHER","n":9007199254740993,"list":[1,[2,null]]}""")]);
        Assert.EndsWith("; at $.HOOK_SECRET_KEY: expected \"HOOK_SECRET_VALUE\", received \"OTHER\"", Assert.Single(changed));

        var rounded = ExpectedRequestComparer.Compare(Create, exactHeaderNames: true, received: [Request(body: """{"HOOK_SECRET_KEY":"HOOK_SECRET_VALUE","n":9007199254740992,"list":[1,[2,null]]}""")]);
        Assert.EndsWith("; at $.n: expected 9007199254740993, received 9007199254740992", Assert.Single(rounded));

        var nested = ExpectedRequestComparer.Compare(Create, exactHeaderNames: true, received: [Request(body: """{"HOOK_SECRET_KEY":"HOOK_SECRET_VALUE","n":9007199254740993,"list":[1,[2]]}""")]);
        Assert.EndsWith("; at $.list[1]: expected 2 items, received 1", Assert.Single(nested));

        var invalid = ExpectedRequestComparer.Compare(Create, exactHeaderNames: true, received: [Request(body: """{ [ "HOOK_SECRET_KEY", "HOOK_SECRET_VALUE" ] }""")]);
        Assert.StartsWith("body: not valid JSON (", Assert.Single(invalid));

        var duplicate = ExpectedRequestComparer.Compare(Create, exactHeaderNames: true, received: [Request(body: """{"HOOK_SECRET_KEY":"HOOK_SECRET_VALUE","HOOK_SECRET_KEY":"x","n":9007199254740993,"list":[1,[2,null]]}""")]);
        Assert.StartsWith("body: not valid JSON (", Assert.Single(duplicate));
    }

    [Fact]
    public void Exactly_one_request_is_expected()
    {
        Assert.Equal(["no request was received (expected exactly one)"], ExpectedRequestComparer.Compare(Create, [], exactHeaderNames: true));
        var twice = ExpectedRequestComparer.Compare(Create, [Request(), Request()], exactHeaderNames: true);
        Assert.Equal(
            "2 requests were received (expected exactly one): POST /api/v2/hooks/a%2Fb%20c/secrets?x=1&y=%7E, POST /api/v2/hooks/a%2Fb%20c/secrets?x=1&y=%7E",
            Assert.Single(twice));
    }

    [Fact]
    public void Method_and_a_missing_or_unexpected_body_are_named()
    {
        var request = Request() with { Method = "PUT" };
        Assert.Equal(["method: expected POST, received PUT"], ExpectedRequestComparer.Compare(Create, [request], exactHeaderNames: true));
        Assert.Equal(["body: expected " + ((JsonBody)Create.Body!).Compact + ", received none"], ExpectedRequestComparer.Compare(Create, [Request() with { Body = [] }], exactHeaderNames: true));

        var get = new ExpectedRequest("GET", "https://127.0.0.1:5000/api/v2/hooks", new[] { new HttpHeader("Authorization", "Bearer TOKEN") }.ToEquatableArray(), null);
        var sent = new RecordedRequest("GET", "/api/v2/hooks", [new("Authorization", "Bearer TOKEN")], "{}"u8.ToArray(), "HTTP/2", DateTimeOffset.UnixEpoch);
        Assert.Equal(["body: expected none, received 2 bytes: {}"], ExpectedRequestComparer.Compare(get, [sent], exactHeaderNames: true));
    }

    private static IReadOnlyList<string> Compare(params (string Name, string Value)[] headers) =>
        ExpectedRequestComparer.Compare(Create, [Request(headers: headers)], exactHeaderNames: true);
}
