using HooksConsole;

var domain = Environment.GetEnvironmentVariable("AUTH0_DOMAIN");
var token = Environment.GetEnvironmentVariable("AUTH0_MANAGEMENT_TOKEN");
var baseUrl = Environment.GetEnvironmentVariable("HOOKS_BASE_URL");
if (token is null || (domain is null && baseUrl is null) || args.Length == 0)
{
    Console.Error.WriteLine("""
        Usage: HooksConsole list
               HooksConsole secrets <hook id>
               HooksConsole add-secret <hook id> <name> <value>
        Environment: AUTH0_DOMAIN (your tenant, e.g. example.eu.auth0.com) or HOOKS_BASE_URL (replaces
        https://{domain}/api/v2 entirely), and AUTH0_MANAGEMENT_TOKEN (a Management API token).
        """);
    return 2;
}

using var http = new HttpClient();
var client = new Auth0ManagementClient(http, new Auth0ManagementClientOptions
{
    Domain = domain,
    BaseUrl = baseUrl is null ? null : new Uri(baseUrl),
    AccessToken = token,
});

try
{
    switch (args)
    {
        case ["list"]:
            var page = await client.Hooks.ListAsync(perPage: 50);
            foreach (var hook in page.Hooks)
            {
                Console.WriteLine($"{hook.Id}  {hook.Name}  trigger={hook.TriggerId}  enabled={hook.Enabled}");
            }

            return 0;
        case ["secrets", var hookId]:
            foreach (var name in (await client.Hooks.Secrets.GetAsync(hookId)).Keys)
            {
                // The API answers "_VALUE_NOT_SHOWN_" for values; only the names are worth printing.
                Console.WriteLine(name);
            }

            return 0;
        case ["add-secret", var hookId, var name, var value]:
            await client.Hooks.Secrets.CreateAsync(hookId, new Dictionary<string, string> { [name] = value });
            Console.WriteLine($"Added secret {name} to hook {hookId}.");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown command: {string.Join(' ', args)}");
            return 2;
    }
}
catch (ApiException exception)
{
    // ApiException carries status, error fields and rate-limit info, and never the token.
    Console.Error.WriteLine(exception.Message);
    return 1;
}
