using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// What the importer writes for security schemes, body media types and named examples (docs/openapi-import.md,
/// "Security", "Bodies", "Examples"), read from the endpoints.json text it produces: the public Twilio and museum files
/// and the small files of tests/fixtures/openapi/made written for what they lack.
/// </summary>
public sealed class AuthBodiesExamplesImportTests
{
    // Members compared as the file spells them ('+' and quotes unescaped).
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Twilio_messaging_imports_every_operation_with_basic_auth_and_form_bodies()
    {
        var result = Import("corpus/twilio_messaging_v1.json");
        var json = Json(result);

        Assert.Equal((58, 58), (result.OperationsInFile, result.Description!.Operations.Count));
        Assert.Equal("""{"type":"basic","username":"ACCOUNT_SID","password":"AUTH_TOKEN","description":"HTTP basic credentials of the Twilio - Messaging."}""", json["auth"]!.ToJsonString(Relaxed));
        Assert.Null(json["security"]);
        var forms = Operations(json).Where(o => o.Body?["contentType"]?.GetValue<string>() == "application/x-www-form-urlencoded").ToList();
        Assert.Equal(16, forms.Count);
        var create = Operations(json).Single(o => o.Id == "messaging_v1_service.create_service").Body!;
        Assert.Equal("My Service!", create["examples"]!["create"]!["value"]!["FriendlyName"]!.GetValue<string>());
        Assert.DoesNotContain(result.Notes, n => n.Reason.Contains("bearer token of the description", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Location == "GET /v1/Deactivations" && n.Reason.StartsWith("its only success is the redirect 307", StringComparison.Ordinal));
    }

    [Fact]
    public void Museum_gets_its_basic_auth()
    {
        var json = Json(Import("corpus/redocly-museum.yaml"));

        Assert.Equal("basic", json["auth"]!["type"]!.GetValue<string>());
        Assert.Equal(("REDOCLY_MUSEUM_API_USERNAME", "REDOCLY_MUSEUM_API_PASSWORD"), (json["auth"]!["username"]!.GetValue<string>(), json["auth"]!["password"]!.GetValue<string>()));
    }

    [Fact]
    public void Api_keys_in_header_query_and_cookie_with_alternatives_an_and_combination_and_public_operations()
    {
        var result = Import("made/api-keys.yaml");
        var json = Json(result);

        Assert.Equal(
            """{"headerKey":{"type":"apiKey","in":"header","name":"X-API-Key","example":"YOUR_API_KEY","description":"The key of your account, from the dashboard."},"queryKey":{"type":"apiKey","in":"query","name":"api_key","example":"YOUR_API_KEY","description":"API key of the Key Store API, sent in the query api_key."},"cookieKey":{"type":"apiKey","in":"cookie","name":"session_id","example":"YOUR_SESSION_ID","description":"API key of the Key Store API, sent in the cookie session_id."}}""",
            json["authSchemes"]!.ToJsonString(Relaxed));
        Assert.Equal("""["headerKey","queryKey"]""", json["security"]!.ToJsonString(Relaxed));
        var security = Operations(json).ToDictionary(o => o.Id, o => o.Node["security"]?.ToJsonString(Relaxed));
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["list_items"] = null,
                ["create_item"] = """[["headerKey","cookieKey"]]""",
                ["get_item"] = """["queryKey"]""",
                ["get_session"] = """["cookieKey"]""",
                ["health"] = "[]",
                ["legacy"] = "[]",
            },
            security);
        var notes = result.Notes.Select(n => (n.Location, n.Span.StartLine + 1, n.Reason)).ToList();
        Assert.Contains(("#/components/securitySchemes/digest", 23, "security scheme of type Http (digest) is not imported: samples send bearer, basic, API key, OAuth2 and OpenID Connect credentials only"), notes);
        Assert.Contains(("GET /legacy", 105, "it requires only security schemes that are not imported (digest); imported without credentials"), notes);
        Assert.Contains(("GET /items/{id}", 67, "parameter 'api_key' is where the key of security scheme 'queryKey' goes; not imported (the scheme sends it)"), notes);
        Assert.Equal(["id"], result.Description!.Operations.Single(o => o.Id == "get_item").Parameters.Select(p => p.Name));
    }

    [Fact]
    public void Multipart_with_two_files_octet_stream_text_vendor_json_and_a_form_with_deep_object_and_comma_fields()
    {
        var result = Import("made/uploads.yaml");
        var bodies = Operations(Json(result)).ToDictionary(o => o.Id, o => o.Body);

        Assert.Equal(
            """{"contentType":"multipart/form-data","example":{"title":"Passport","front":"front.jpg","back":"back.png"},"encoding":{"front":{"contentType":"image/jpeg","file":true},"back":{"contentType":"image/png","file":true}},"placeholders":{"front.jpg":"A local file, uploaded as the part 'front'.","back.png":"A local file, uploaded as the part 'back'."}}""",
            Without(bodies["upload_document"]!, "schema"));
        Assert.Equal("""{"contentType":"application/octet-stream","example":"file.bin","placeholders":{"file.bin":"A local file: its bytes are the body."}}""", Without(bodies["put_file"]!, "schema"));
        Assert.Equal("""{"contentType":"text/plain","example":"Remember the milk."}""", Without(bodies["add_note"]!, "schema"));
        Assert.Equal("""{"contentType":"application/merge-patch+json","example":{"title":"Identity card"}}""", Without(bodies["patch_document"]!, "schema"));
        Assert.Equal("""{"contentType":"application/json","example":{"amount":1}}""", Without(bodies["create_charge"]!, "schema"));
        Assert.Equal(
            """{"contentType":"application/x-www-form-urlencoded","example":{"customer":"cus_123","items":["price_1","price_2"],"metadata":{"order_id":"6735"},"expand":["customer","invoice"]},"encoding":{"metadata":{"style":"deepObject"},"expand":{"style":"comma"}}}""",
            Without(bodies["create_subscription"]!, "schema"));
        var notes = result.Notes.Select(n => n.Location + ": " + n.Reason).ToList();
        Assert.Contains("#/paths/~1charges/post/requestBody/content/application~1x-www-form-urlencoded: request body media type 'application/x-www-form-urlencoded' is not imported (application/json; charset=utf-8 is: one body per operation, JSON first, then form, multipart and the others)", notes);
        Assert.Contains("#/paths/~1documents/post/requestBody/content/multipart~1form-data/encoding/back: part 'back' allows the content types 'image/png, image/jpeg'; samples send 'image/png'", notes);
    }

    [Fact]
    public void Named_examples_of_bodies_parameters_responses_and_errors_are_kept_and_the_rest_noted()
    {
        var result = Import("made/named-examples.yaml");
        var operations = Operations(Json(result)).ToDictionary(o => o.Id, o => o.Node);

        Assert.Equal("""{"cats":{"summary":"Only cats","value":"cat"},"dogs":{"summary":"Only dogs","value":"dog"}}""", operations["list_pets"]["parameters"]!["kind"]!["examples"]!.ToJsonString(Relaxed));
        Assert.Equal("""{"example":{"value":[{"kind":"cat","name":"Tom"}]}}""", operations["list_pets"]["responses"]!["200"]!["examples"]!.ToJsonString(Relaxed));
        Assert.Equal(
            """{"cat":{"summary":"A cat","value":{"kind":"cat","name":"Tom"}},"dog":{"summary":"A dog","description":"Dogs need a walk.","value":{"kind":"dog","name":"Rex"}}}""",
            operations["add_pet"]["body"]!["examples"]!.ToJsonString(Relaxed));
        Assert.Equal("""["cat","dog"]""", new JsonArray(operations["add_pet"]["responses"]!["201"]!["examples"]!.AsObject().Select(m => (JsonNode)m.Key).ToArray()).ToJsonString(Relaxed));
        Assert.Equal(
            """{"message":"The pet is not valid.","examples":{"unknownKind":{"summary":"A kind the shelter does not take","value":{"message":"kind must be cat or dog"}},"noName":{"value":{"message":"name is required"}}}}""",
            operations["add_pet"]["errors"]!["400"]!.ToJsonString(Relaxed));
        var notes = result.Notes.Select(n => n.Location + ": " + n.Reason).ToList();
        Assert.Contains("#/paths/~1pets/post/requestBody/content/application~1json/examples/remote: example 'remote' is the external file https://shelter.example.com/examples/pet.json, which is not read; not imported", notes);
        Assert.Contains("endpoints.json#/operations/add_pet: example 'parrot' of the body does not match its schema (at $.kind: 'parrot' is not one of 'cat', 'dog' (enum)); not imported", notes);
    }

    [Fact]
    public void Swagger_2_security_definitions_and_form_data_map_like_OpenAPI_3()
    {
        var json = Json(Import("made/swagger2-forms.json"));
        var operations = Operations(json).ToDictionary(o => o.Id, o => o.Node);

        Assert.Equal("""{"basic":{"type":"basic","username":"FAX_GATEWAY_USERNAME","password":"FAX_GATEWAY_PASSWORD","description":"HTTP basic credentials of the Fax Gateway."},"token":{"type":"apiKey","in":"query","name":"token","example":"YOUR_TOKEN","description":"API key of the Fax Gateway, sent in the query token."}}""", json["authSchemes"]!.ToJsonString(Relaxed));
        Assert.Equal("""["basic","token"]""", json["security"]!.ToJsonString(Relaxed));
        Assert.Equal(("""["token"]""", "[]"), (operations["upload_cover"]["security"]!.ToJsonString(Relaxed), operations["status"]["security"]!.ToJsonString(Relaxed)));
        Assert.Equal("""{"To":"FAX_TO","MediaUrl":["FAX_MEDIA_URL"]}""", operations["send_fax"]["body"]!["example"]!.ToJsonString(Relaxed));
        Assert.Equal("application/x-www-form-urlencoded", operations["send_fax"]["body"]!["contentType"]!.GetValue<string>());
        Assert.Equal(
            """{"contentType":"multipart/form-data","required":false,"example":{"caption":"FAX_COVER_CAPTION","page":"page.bin"},"encoding":{"page":{"file":true}},"placeholders":{"FAX_COVER_CAPTION":"Value of caption.","page.bin":"A local file, uploaded as the part 'page'."}}""",
            Without(operations["upload_cover"]["body"]!.AsObject(), "schema"));
    }

    private static ImportResult Import(string file)
    {
        var result = OpenApiImporter.ImportFile(TestFiles.OpenApi(file), ImportOptions.All);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result;
    }

    private static JsonObject Json(ImportResult result) => JsonNode.Parse(result.EndpointsJson!)!.AsObject();

    private static IEnumerable<(string Id, JsonObject Node, JsonObject? Body)> Operations(JsonObject json) =>
        json["operations"]!.AsObject().Select(m => (m.Key, m.Value!.AsObject(), m.Value!["body"]?.AsObject()));

    private static string Without(JsonObject node, string member)
    {
        var copy = node.DeepClone().AsObject();
        copy.Remove(member);
        return copy.ToJsonString(Relaxed);
    }
}
