using Auth0Management;
using System.Collections.Generic;

// The client HookSnippets generates at compile time from endpoints.json (package HookSnippets.Generator).
using var http = new HttpClient();
var client = new Auth0ManagementClient(http, new Auth0ManagementClientOptions
{
    Domain = "YOUR_DOMAIN",
    AccessToken = "MGMT_API_ACCESS_TOKEN",
});

var result = await client.Hooks.ListAsync(page: 0, perPage: 50, includeTotals: true);
Console.WriteLine(result);
