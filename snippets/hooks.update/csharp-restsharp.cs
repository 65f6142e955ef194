using RestSharp;

using var client = new RestClient();
var request = new RestRequest("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID", Method.Patch);
request.AddHeader("Authorization", "Bearer MGMT_API_ACCESS_TOKEN");
request.AddHeader("Content-Type", "application/json");
var json = """
    {
      "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
      "enabled": true
    }
    """;
request.AddStringBody(json, "application/json");

var response = await client.ExecuteAsync(request);
Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
if (!response.IsSuccessful)
{
    // ExecuteAsync does not throw: a transport error and a status outside 2xx are both reported on the response.
    throw response.ErrorException ?? new HttpRequestException($"HTTP {(int)response.StatusCode}");
}
