using System.Net;
using HookSnippets.Generator.ClientTests.Auth0;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// Code that takes the interfaces is tested without HTTP: a hand-written fake of IHooksClient, with ApiException,
/// ApiResponse and Pager built by the test.
/// </summary>
public sealed class MockingTests
{
    [Fact]
    public async Task CodeTakingTheInterfaceRunsAgainstAFakeWithoutHttp()
    {
        var fake = new FakeHooks(new Hook { Id = "H1", TriggerId = new HookTriggerId("on-the-moon") }, new Hook { Id = "H2", TriggerId = HookTriggerId.CredentialsExchange });
        IAuth0ManagementClient client = new FakeClient(fake);

        Assert.Equal(["H1:on-the-moon", "H2:credentials-exchange"], await Describe(client));
        Assert.Equal("H2", (await client.Hooks.GetAsync("H2")).Id);
    }

    [Fact]
    public async Task AnApiExceptionFromAFakeCarriesWhatTheTestGaveIt()
    {
        var headers = new Dictionary<string, IReadOnlyList<string>> { ["X-RateLimit-Remaining"] = ["0"] };
        var fake = new FakeHooks() { Failure = new ApiException("hooks.get", HttpStatusCode.NotFound, """{"statusCode":404,"error":"Not Found","message":"Hook does not exist","errorCode":"HookDoesNotExist"}""", headers) };

        var error = await Assert.ThrowsAsync<ApiException>(() => fake.GetAsync("missing"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("HookDoesNotExist", error.ErrorCode);
        Assert.Equal(0, error.RateLimit?.Remaining);
        Assert.Equal("hooks.get failed with 404 Not Found (1 attempt): Hook does not exist [HookDoesNotExist]", error.Message);
    }

    [Fact]
    public void ResponseMetadataIsConstructibleInTests()
    {
        var response = new ApiResponse<Hook>(new Hook { Id = "H1" }, HttpStatusCode.Created, new Dictionary<string, IReadOnlyList<string>> { ["x-ratelimit-limit"] = ["10"] }, attempts: 2);

        Assert.Equal("H1", response.Value.Id);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["10"], response.Headers["X-RATELIMIT-LIMIT"]);
        Assert.Equal(10, response.RateLimit?.Limit);
        Assert.Equal(2, response.Attempts);
        Assert.Equal(5, new RateLimitInfo(5, 1, null).Limit);
    }

    private static async Task<List<string>> Describe(IAuth0ManagementClient client)
    {
        var lines = new List<string>();
        await foreach (var hook in client.Hooks.ListAllAsync())
        {
            lines.Add($"{hook.Id}:{hook.TriggerId}");
        }

        return lines;
    }

    private sealed class FakeClient(IHooksClient hooks) : IAuth0ManagementClient
    {
        public IHooksClient Hooks => hooks;
    }

    /// <summary>Answers from memory; the calls a test does not exercise throw, so an unexpected call fails it.</summary>
    private sealed class FakeHooks(params Hook[] hooks) : IHooksClient
    {
        public ApiException? Failure { get; init; }

        public IHooksSecretsClient Secrets => throw new InvalidOperationException("not used by these tests");

        public Pager<Hook> ListAllAsync(int? perPage = null, bool? enabled = null, string? fields = null, HookTriggerId? triggerId = null, RequestOptions? requestOptions = null) =>
            Pager<Hook>.FromPages(new Page<Hook>(hooks, hooks.Length));

        public Task<Hook> GetAsync(string id, string? fields = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            Failure is { } failure ? Task.FromException<Hook>(failure) : Task.FromResult(hooks.Single(h => h.Id == id));

        public Task<HookListResponse> ListAsync(int? page = null, int? perPage = null, bool? includeTotals = null, bool? enabled = null, string? fields = null, HookTriggerId? triggerId = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not used by these tests");

        public Task<Hook> CreateAsync(CreateHookRequest hook, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not used by these tests");

        public Task<Hook> UpdateAsync(string id, UpdateHookRequest hook, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not used by these tests");

        public Task DeleteAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not used by these tests");
    }
}
