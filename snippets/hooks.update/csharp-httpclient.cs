using System.Net.Http.Headers;
using System.Text;

using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Patch, "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID");
request.Headers.Add("Authorization", "Bearer MGMT_API_ACCESS_TOKEN");
var json = """
    {
      "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
      "enabled": true
    }
    """;
request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

using var response = await client.SendAsync(request);
Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
response.EnsureSuccessStatusCode();
