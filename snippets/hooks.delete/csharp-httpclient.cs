using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Delete, "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID");
request.Headers.Add("Authorization", "Bearer MGMT_API_ACCESS_TOKEN");

using var response = await client.SendAsync(request);
Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
response.EnsureSuccessStatusCode();
