namespace HookSnippets.Snippets.Tests.Rendering;

/// <summary>
/// How python-requests, python-httpclient, ruby-nethttp and php-curl print the answer: the status, then the parsed
/// JSON on success when <c>response.is_json</c>, the text on an error answer (which may not be JSON) and whenever
/// the answer declares no body. The text after the request is compared exactly.
/// </summary>
public sealed class PrintedAnswerTemplateTests
{
    private const string Description = """
        {
          "name": "Things",
          "baseUrl": "https://api.example.com",
          "operations": {
            "things.get": {
              "method": "GET", "path": "/things/1",
              "responses": { "200": { "schema": { "type": "object", "properties": { "id": { "type": "string" } } } } }
            },
            "things.touch": {
              "method": "POST", "path": "/things/1/touch",
              "responses": { "201": { "description": "Touched; the body is not documented." } }
            }
          }
        }
        """;

    public static TheoryData<string, string, string> Endings => new()
    {
        {
            "python-requests", "things.get", """
            print(response.status_code)
            if response.ok:
                print(response.json())
            else:
                print(response.text)
            response.raise_for_status()

            """
        },
        {
            "python-requests", "things.touch", """
            print(response.status_code)
            print(response.text)
            response.raise_for_status()

            """
        },
        {
            "python-httpclient", "things.get", """
            text = response.read().decode("utf-8", errors="replace")
            connection.close()
            print(response.status)
            if not 200 <= response.status < 300:
                print(text)
                sys.exit(1)
            print(json.loads(text))

            """
        },
        {
            "python-httpclient", "things.touch", """
            text = response.read().decode("utf-8", errors="replace")
            connection.close()
            print(response.status)
            print(text)
            if not 200 <= response.status < 300:
                sys.exit(1)

            """
        },
        {
            "ruby-nethttp", "things.get", """
            puts response.code
            unless response.is_a?(Net::HTTPSuccess)
              puts response.body
              exit 1
            end
            pp JSON.parse(response.body)

            """
        },
        {
            "ruby-nethttp", "things.touch", """
            puts response.code
            puts response.body
            exit 1 unless response.is_a?(Net::HTTPSuccess)

            """
        },
        {
            "php-curl", "things.get", """
            echo $status, PHP_EOL;
            if ($status < 200 || $status >= 300) {
                echo $response, PHP_EOL;
                exit(1);
            }
            print_r(json_decode($response, true));

            """
        },
        {
            "php-curl", "things.touch", """
            echo $status, PHP_EOL;
            echo $response, PHP_EOL;
            if ($status < 200 || $status >= 300) {
                exit(1);
            }

            """
        },
    };

    [Theory]
    [MemberData(nameof(Endings))]
    public void TheAnswerIsPrintedParsedOnlyWhenItIsJsonAndTheCallSucceeded(string target, string operation, string ending)
    {
        var sample = ReferenceTemplateTests.Render(target, operation, Description);

        Assert.EndsWith("\n" + ending, sample);
    }

    /// <summary>The JSON module is imported exactly when the sample parses the answer (or builds a native JSON body).</summary>
    [Theory]
    [InlineData("python-httpclient", "import json\n")]
    [InlineData("ruby-nethttp", "require 'json'\n")]
    public void TheJsonModuleComesWithTheParsedAnswer(string target, string import)
    {
        Assert.Contains("\n" + import, "\n" + ReferenceTemplateTests.Render(target, "things.get", Description));
        Assert.DoesNotContain("\n" + import, "\n" + ReferenceTemplateTests.Render(target, "things.touch", Description));
    }
}
