using HookSnippets.ClientShape;
using HookSnippets.Description.Naming;

namespace HookSnippets.Generator.Emitter;

/// <summary>
/// <c>services.AddAuth0ManagementClient(options => ...)</c>: registers the client as a typed HttpClient under its
/// interface and its class, returning the <c>IHttpClientBuilder</c> so handlers (resilience, logging) chain on it.
/// Emitted only for projects that reference Microsoft.Extensions.Http (build/HookSnippets.Generator.targets).
/// </summary>
internal static class DependencyInjectionEmitter
{
    public static string Emit(CSharpClientShape shape)
    {
        var writer = new SourceWriter();
        CSharpNames.WriteFileHeader(writer, shape.Namespace);
        var qualifier = CSharpNames.Qualifier(shape.Namespace);
        var client = $"{qualifier}{shape.ClientName}";
        var contract = $"{qualifier}{shape.Root.InterfaceName}";
        var options = $"{qualifier}{shape.OptionsName}";
        var method = "Add" + shape.ClientName;
        writer.Lines($$"""
            /// <summary>Registers <see cref="{{client}}"/> with dependency injection.</summary>
            {{CSharpNames.GeneratedCodeAttribute}}
            public static class {{RuntimeNames.ServiceCollectionExtensionsOf(shape.ClientName)}}
            {
                /// <summary>
                /// Registers <see cref="{{contract}}"/> and <see cref="{{client}}"/> as a typed HttpClient (transient, its
                /// handlers pooled by IHttpClientFactory), with options set once by <paramref name="configure"/>.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configure">Sets the base URL, token, retry and time settings; called once, here.</param>
                /// <returns>The HttpClient's builder, to add handlers such as <c>AddStandardResilienceHandler()</c>.</returns>
                /// <exception cref="global::System.ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
                public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder {{method}}(
                    this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services,
                    global::System.Action<{{options}}> configure)
                {
                    global::System.ArgumentNullException.ThrowIfNull(services);
                    global::System.ArgumentNullException.ThrowIfNull(configure);
                    var options = new {{options}}();
                    configure(options);
                    var builder = global::Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{{contract}}, {{client}}>(
                        services,
                        {{CSharpLiteral.String(shape.ClientName)}},
                        (httpClient, _) => new {{client}}(httpClient, options));
                    global::Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddTransient<{{client}}>(
                        services,
                        provider => ({{client}})global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<{{contract}}>(provider));
                    return builder;
                }
            }
            """);
        return writer.ToString();
    }
}
