namespace HookSnippets.ClientShape;

/// <summary>
/// Names of the runtime types emitted once per project and of the client options members. Description names
/// that would clash with them are renamed (HS2104).
/// </summary>
public static class RuntimeNames
{
    public const string ApiException = "ApiException";
    public const string RetryOptions = "RetryOptions";
    public const string RateLimitInfo = "RateLimitInfo";
    public const string JsonHelpers = "HookSnippetsJson";
    public const string JsonBody = "HookSnippetsJsonBody";
    public const string HttpHelpers = "HookSnippetsHttp";
    public const string RequestSender = "HookSnippetsRequestSender";
    public const string JsonReadDelegate = "HookSnippetsJsonRead";
    public const string Credential = "HookSnippetsCredential";
    public const string FormBody = "HookSnippetsFormBody";
    public const string MultipartWriter = "HookSnippetsMultipartWriter";
    public const string FileContent = "FileContent";
    public const string MultipartFormData = "MultipartFormData";
    public const string UnexpectedResponseException = "UnexpectedResponseException";
    public const string ApiResponse = "ApiResponse";
    public const string RequestOptions = "RequestOptions";
    public const string Paging = "HookSnippetsPaging";

    // Generic, so they never clash with a description's type of the same name (C# tells them apart by arity).
    public const string Optional = "Optional";
    public const string Pager = "Pager";
    public const string Page = "Page";

    public const string BaseUrlOption = "BaseUrl";
    public const string AccessTokenOption = "AccessToken";
    public const string AccessTokenProviderOption = "AccessTokenProvider";
    public const string UsernameOption = "Username";
    public const string PasswordOption = "Password";
    public const string ApiKeyOption = "ApiKey";
    public const string RetryOption = "Retry";
    public const string TimeProviderOption = "TimeProvider";

    /// <summary>Every method's argument for per-call options, before the cancellation token.</summary>
    public const string RequestOptionsArgument = "requestOptions";

    public static readonly string[] SharedTypes =
    {
        ApiException, RetryOptions, RateLimitInfo, JsonHelpers, JsonBody, HttpHelpers, RequestSender, JsonReadDelegate,
        Credential, FormBody, MultipartWriter, FileContent, MultipartFormData,
        UnexpectedResponseException, ApiResponse, RequestOptions, Paging,
    };

    public static readonly string[] OptionMembers =
    {
        BaseUrlOption, AccessTokenOption, AccessTokenProviderOption, RetryOption, TimeProviderOption,
    };

    /// <summary>The internal class holding a client's JSON readers and writers.</summary>
    public static string JsonClassOf(string clientName) => clientName + "Json";

    /// <summary>The class holding <c>services.Add{Client}</c> (generated when the project references Microsoft.Extensions.Http).</summary>
    public static string ServiceCollectionExtensionsOf(string clientName) => clientName + "ServiceCollectionExtensions";
}
