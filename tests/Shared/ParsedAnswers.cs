using System.Collections.Concurrent;
using System.Text;

namespace HookSnippets.Tests.Shared;

/// <summary>
/// What a sample that parses a JSON answer prints for it (templates print <c>response.is_json</c> answers parsed):
/// the recorder's body parsed and printed by the target's own language, as the sample does it. The language prints it,
/// not a C# imitation of Python's repr, Ruby's pp or PHP's print_r, so a check against it is exact for every string the
/// fixtures hold; a sample that printed the text, or parsed another answer, differs.
/// </summary>
internal static class ParsedAnswers
{
    private static readonly Dictionary<string, string[]> Printers = new(StringComparer.Ordinal)
    {
        // The interpreter the python runner uses (Debian's; a pyenv python3 may come first on PATH).
        ["python-requests"] = [Python, "-c", "import json, sys; print(json.loads(sys.argv[1]))"],
        ["python-httpx"] = [Python, "-c", "import json, sys; print(json.loads(sys.argv[1]))"],
        ["python-urllib"] = [Python, "-c", "import json, sys; print(json.loads(sys.argv[1]))"],
        ["python-httpclient"] = [Python, "-c", "import json, sys; print(json.loads(sys.argv[1]))"],
        ["ruby-nethttp"] = ["ruby", "-rjson", "-e", "pp JSON.parse(ARGV[0])", "--"],
        ["ruby-faraday"] = ["ruby", "-rjson", "-e", "pp JSON.parse(ARGV[0])", "--"],
        ["ruby-httparty"] = ["ruby", "-rjson", "-e", "pp JSON.parse(ARGV[0])", "--"],
        // httr's content(as = "parsed") for JSON is jsonlite::fromJSON(text, simplifyVector = FALSE).
        ["r-httr"] = ["Rscript", "-e", "print(jsonlite::fromJSON(commandArgs(TRUE)[1], simplifyVector = FALSE))"],
        // Invoke-RestMethod parses a JSON answer as ConvertFrom-Json does, writing an array's items one by one (an empty
        // array is nothing); the sample prints it back with ConvertTo-Json. -CommandWithArgs (pwsh 7.4) fills $args.
        ["powershell-restmethod"] = ["pwsh", "-NoProfile", "-NonInteractive", "-CommandWithArgs", "ConvertTo-Json -InputObject ($args[0] | ConvertFrom-Json -NoEnumerate) -Depth 100"],
        ["php-curl"] = ["php", "-r", "print_r(json_decode($argv[1], true));", "--"],
        ["php-guzzle"] = ["php", "-r", "print_r(json_decode($argv[1], true));", "--"],
        ["php-http"] = ["php", "-r", "print_r(json_decode($argv[1], true));", "--"],
        // The browser runner writes a logged object as the console's JSON value, two-space indented (browser_host.mjs).
        ["javascript-fetch"] = ["node", "-e", "const v = JSON.parse(process.argv[1]); console.log(typeof v === 'string' ? v : JSON.stringify(v, null, 2))"],
        ["javascript-xhr"] = ["node", "-e", "const v = JSON.parse(process.argv[1]); console.log(typeof v === 'string' ? v : JSON.stringify(v, null, 2))"],
        ["javascript-axios"] = ["node", "-e", "const v = JSON.parse(process.argv[1]); console.log(typeof v === 'string' ? v : JSON.stringify(v, null, 2))"],
        ["javascript-jquery"] = ["node", "-e", "const v = JSON.parse(process.argv[1]); console.log(typeof v === 'string' ? v : JSON.stringify(v, null, 2))"],
    };

    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private static readonly ConcurrentDictionary<(string Target, string Body), string[]> Printed = new();

    /// <summary>True for the targets whose samples print a JSON success answer parsed.</summary>
    public static bool Parses(string targetId) => Printers.ContainsKey(targetId);

    /// <summary>The lines (trimmed, as the check reads a log) <paramref name="targetId"/> prints for the JSON <paramref name="body"/>.</summary>
    public static string[] Lines(string targetId, string body) => Printed.GetOrAdd((targetId, body), key =>
    {
        var printer = Printers[key.Target];
        var program = Toolchain.Require(printer[0]);
        var output = Toolchain.Run(program, [.. printer[1..], key.Body], Path.GetTempPath());
        return Encoding.UTF8.GetString(output).TrimEnd('\n').Split('\n', StringSplitOptions.TrimEntries);
    });
}
