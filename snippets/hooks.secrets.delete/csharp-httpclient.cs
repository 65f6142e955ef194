using System.Net.Http.Headers;
using System.Text;

using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Delete, "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets");
request.Headers.Add("Authorization", "Bearer MGMT_API_ACCESS_TOKEN");
var json = """
    [
      "HOOK_SECRET_KEY"
    ]
    """;
request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

using var response = await client.SendAsync(request);
Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
response.EnsureSuccessStatusCode();
