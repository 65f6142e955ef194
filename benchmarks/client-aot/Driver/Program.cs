using System.Diagnostics;
using System.Text;
using HookSnippets.RecordingServer;

// Usage: Driver <native app> <work folder>. Serves the app's calls from the recording server (its own CA, which the
// app trusts through its handler's chain policy), then checks the app's output and the requests it sent.
var app = args[0];
var work = args[1];

await using var server = await RecordingServer.StartAsync();
server.Enqueue(RecordedResponse.Json(200, """{"id":"HOOK_ID","name":"my-hook","triggerId":"on-the-moon","enabled":true,"extra":{"kept":1}}""", ("x-ratelimit-remaining", "9")));
server.Enqueue(RecordedResponse.Json(201, "{}"));
server.Enqueue(RecordedResponse.Json(200, """{"start":0,"limit":2,"total":5,"hooks":[{"id":"a"},{"id":"b"}]}"""));
server.Enqueue(RecordedResponse.Json(200, """{"start":2,"limit":2,"total":5,"hooks":[{"id":"c"},{"id":"d"}]}"""));
server.Enqueue(RecordedResponse.Json(200, """{"start":4,"limit":2,"total":5,"hooks":[{"id":"e"}]}"""));
var caPem = server.Authority.WriteCaPem(work);

var start = new ProcessStartInfo(app) { RedirectStandardOutput = true, RedirectStandardError = true };
start.ArgumentList.Add(server.BaseAddress.ToString());
start.ArgumentList.Add(caPem);
var clock = Stopwatch.StartNew();
using var process = Process.Start(start)!;
var output = process.StandardOutput.ReadToEndAsync();
var error = process.StandardError.ReadToEndAsync();
if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
{
    process.Kill();
    return Fail("the native app did not finish within a minute");
}

clock.Stop();
if (process.ExitCode != 0)
{
    return Fail($"the native app exited with {process.ExitCode}:\n{await output}\n{await error}");
}

string[] expectedOutput =
[
    "hooks.get: on-the-moon extra 9",
    "hooks.secrets.create: success",
    "hooks.listAll: a,b,c,d,e",
];
string[] expectedRequests =
[
    "GET /hooks/HOOK_ID",
    "POST /hooks/HOOK_ID/secrets {\"HOOK_SECRET_KEY\":\"HOOK_SECRET_VALUE\"}",
    "GET /hooks?page=0&include_totals=true",
    "GET /hooks?page=1&include_totals=true",
    "GET /hooks?page=2&include_totals=true",
];
var printed = (await output).Trim().Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
var sent = server.Requests.Select(r => (r.Method + " " + r.RawTarget + " " + Encoding.UTF8.GetString(r.Body)).TrimEnd()).ToArray();
if (!printed.SequenceEqual(expectedOutput))
{
    return Fail("the native app printed:\n" + string.Join('\n', printed));
}

if (!sent.SequenceEqual(expectedRequests))
{
    return Fail("the server received:\n" + string.Join('\n', sent));
}

if (server.Requests.Any(r => !r.HeaderValues("Authorization").SequenceEqual(["Bearer MGMT_API_ACCESS_TOKEN"])))
{
    return Fail("a request lacked the bearer token");
}

Console.WriteLine($"native client: {printed.Length} calls answered as expected, {sent.Length} requests as expected, run {clock.ElapsedMilliseconds} ms (process start to exit)");
return 0;

static int Fail(string message)
{
    Console.Error.WriteLine("client-aot: " + message);
    return 1;
}
