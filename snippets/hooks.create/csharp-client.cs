using Auth0Management;
using System.Collections.Generic;

// The client HookSnippets generates at compile time from endpoints.json (package HookSnippets.Generator).
using var http = new HttpClient();
var client = new Auth0ManagementClient(http, new Auth0ManagementClientOptions
{
    Domain = "YOUR_DOMAIN",
    AccessToken = "MGMT_API_ACCESS_TOKEN",
});

var result = await client.Hooks.CreateAsync(new CreateHookRequest
{
    Name = "my-hook",
    Script = "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
    TriggerId = HookTriggerId.PreUserRegistration,
    Enabled = false,
    Dependencies = new Dictionary<string, string>
    {
        ["auth0"] = "2.30.0",
    },
});
Console.WriteLine(result);
