namespace HookSnippets.Verification.Runners;

/// <summary>Every runner, once, by the name target.json's <c>runner</c> gives it; in the order verify runs them.</summary>
public static class SampleRunners
{
    /// <summary>Cheap interpreters first, the .NET batch build last (it prepares in the background meanwhile).</summary>
    public static IReadOnlyList<SampleRunner> All { get; } =
    [
        new CurlRunner(),
        new WgetRunner(),
        new HttpieRunner(),
        new HttpRunner(),
        new PythonRunner(),
        new RubyRunner(),
        new RRunner(),
        new PowerShellRunner(),
        new PhpRunner(),
        new NodeRunner(),
        new TypeScriptRunner(),
        new BrowserRunner(),
        new GoRunner(),
        new ObjectiveCRunner(),
        new CRunner(),
        new OCamlRunner(),
        new JavaRunner(),
        new JavaRunner("java-okhttp", ["/usr/share/java/okhttp.jar", "/usr/share/java/okio.jar"]),
        new JavaRunner("java-unirest", JavaRunner.DebianJars("unirest-java", "httpasyncclient", "httpcore-nio", "httpmime", "httpclient", "httpcore", "commons-logging", "commons-codec", "com.android.json")),
        new JavaRunner("java-asynchttp", JavaRunner.DebianJars("async-http-client", "async-http-client-netty-utils", "netty-reactive-streams", "reactive-streams",
            "netty-handler-proxy", "netty-codec-socks", "netty-codec-http", "netty-handler", "netty-codec", "netty-resolver-dns", "netty-codec-dns", "netty-resolver",
            "netty-transport", "netty-buffer", "netty-common", "slf4j-api", "javax.activation"),
            // The sample closes its client, which waits out Netty's quiet period (2 s) before the run may end.
            ["-Dorg.asynchttpclient.shutdownQuietPeriod=0"]),
        new KotlinRunner("kotlin-okhttp", ["/usr/share/java/okhttp.jar", "/usr/share/java/okio.jar"]),
        new ClojureRunner("clojure-cljhttp", JavaRunner.DebianJars("clj-http")),
        new RustRunner(),
        new CrystalRunner(),
        new SwiftRunner(),
        new DotnetRunner(),
    ];

    /// <summary>The runner target.json names, or null for none or an unknown name.</summary>
    public static SampleRunner? Find(string? name) => All.FirstOrDefault(r => r.Name == name);
}
