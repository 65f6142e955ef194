using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using AotConsumer;

// The native app of benchmarks/client-aot.sh. Usage: AotConsumer <base url> <ca.pem>. Trusts the given CA only, through
// the handler's chain policy; certificate verification stays on. Any failed call throws, so the exit code is non-zero.
var policy = new X509ChainPolicy
{
    TrustMode = X509ChainTrustMode.CustomRootTrust,
    RevocationMode = X509RevocationMode.NoCheck,
};
policy.CustomTrustStore.Add(X509Certificate2.CreateFromPem(File.ReadAllText(args[1])));
using var http = new HttpClient(new SocketsHttpHandler { SslOptions = new SslClientAuthenticationOptions { CertificateChainPolicy = policy } });
var client = new Auth0ManagementClient(http, new Auth0ManagementClientOptions { BaseUrl = new Uri(args[0]), AccessToken = "MGMT_API_ACCESS_TOKEN" });

// A trigger the description does not list, and a member it does not list: both read without reflection; the
// answer's rate-limit headers come with the value.
var answer = await ApiResponse.CaptureAsync(o => client.Hooks.GetAsync("HOOK_ID", requestOptions: o));
var hook = answer.Value;
Console.WriteLine($"hooks.get: {hook.TriggerId} {string.Join(",", hook.AdditionalProperties?.Keys ?? [])} {answer.RateLimit?.Remaining}");

await client.Hooks.Secrets.CreateAsync("HOOK_ID", new Dictionary<string, string> { ["HOOK_SECRET_KEY"] = "HOOK_SECRET_VALUE" });
Console.WriteLine("hooks.secrets.create: success");

var ids = new List<string?>();
await foreach (var item in client.Hooks.ListAllAsync())
{
    ids.Add(item.Id);
}

Console.WriteLine($"hooks.listAll: {string.Join(",", ids)}");
