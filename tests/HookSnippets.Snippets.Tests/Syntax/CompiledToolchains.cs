using HookSnippets.RecordingServer.Tests;

namespace HookSnippets.Snippets.Tests.Syntax;

/// <summary>
/// Go: every sample sits in its own folder of one module, so a single <c>go vet ./...</c> or <c>go build ./...</c>
/// process checks or builds them all. The build cache is shared between runs.
/// </summary>
internal static class GoTool
{
    public static string Go => Toolchain.Require("go", "apt-get install golang-go");

    public static string Gofmt => Toolchain.Require("gofmt", "apt-get install golang-go");

    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["GOCACHE"] = Path.Combine(Path.GetTempPath(), "hooksnippets-gocache"),
        ["GOPROXY"] = "off",
        ["GOFLAGS"] = "-mod=mod",
    };

    public static void WriteModule(string folder) => File.WriteAllText(Path.Combine(folder, "go.mod"), "module samples\n\ngo 1.19\n");
}

/// <summary>
/// Java: every sample declares <c>class Main</c>, so one javac call cannot take them all. One JVM compiles each file
/// on its own through the compiler API, into a <c>classes</c> folder next to it, with every lint warning an error.
/// </summary>
internal static class JavaTool
{
    private const string CompileEach = """
        import java.nio.file.Path;
        import javax.tools.ToolProvider;

        class CompileEach {
            public static void main(String[] files) {
                var compiler = ToolProvider.getSystemJavaCompiler();
                int failed = 0;
                for (String file : files) {
                    String classes = Path.of(file).resolveSibling("classes").toString();
                    if (compiler.run(null, null, null, "-Xlint:all", "-Werror", "-proc:none", "-d", classes, file) != 0) {
                        System.err.println("FAILED " + file);
                        failed++;
                    }
                }
                System.exit(failed == 0 ? 0 : 1);
            }
        }
        """;

    public static string Java => Toolchain.Require("java", "a JDK 17");

    /// <summary>Compiles each file to <c>classes/</c> beside it; exit code 0 only when all compile without warnings.</summary>
    public static async Task<ProcessResult> CompileEachAsync(string folder, IReadOnlyList<string> files)
    {
        Toolchain.Require("javac", "a JDK 17");
        var program = Path.Combine(folder, "CompileEach.java");
        await File.WriteAllTextAsync(program, CompileEach);
        return await ProcessRunner.RunAsync(Java, [program, .. files], workingDirectory: folder);
    }
}

/// <summary>
/// Objective-C with clang and GNUstep (docs/reference/toolchains.md §3): the flags, a header folder with
/// <c>objc/blocks_runtime.h</c>, and the NSURLSession stand-in the product ships, force-included into every sample.
/// </summary>
internal sealed class ObjectiveCTool
{
    private ObjectiveCTool(string clang, IReadOnlyList<string> flags, IReadOnlyList<string> libraries)
    {
        Clang = clang;
        Flags = flags;
        Libraries = libraries;
    }

    public static string StandInFolder => Path.Combine(RepositoryRoot.Find(), "src", "HookSnippets.Snippets", "Toolchains", "objc");

    public string Clang { get; }

    /// <summary>Compiler flags, the stand-in header force-included.</summary>
    public IReadOnlyList<string> Flags { get; }

    /// <summary>Linker inputs after the object files: GNUstep base, the blocks runtime and libcurl (the stand-in's transport).</summary>
    public IReadOnlyList<string> Libraries { get; }

    public static async Task<ObjectiveCTool> RequireAsync(string folder)
    {
        var clang = Toolchain.Require("clang", "apt-get install clang");
        var gnustepConfig = Toolchain.Require("gnustep-config", "apt-get install gnustep-make libgnustep-base-dev libblocksruntime-dev");
        var headers = Path.Combine(folder, "headers");
        Directory.CreateDirectory(Path.Combine(headers, "objc"));
        // GNUstep's headers want libobjc2's blocks header under -fblocks; Debian ships gcc's libobjc, so point it at Block.h.
        await File.WriteAllTextAsync(Path.Combine(headers, "objc", "blocks_runtime.h"), "#include <Block.h>\n");
        var objcFlags = await RunConfigAsync(gnustepConfig, "--objc-flags");
        var baseLibs = await RunConfigAsync(gnustepConfig, "--base-libs");
        string[] flags =
        [
            "-fobjc-runtime=gcc", "-fblocks", "-I" + headers, "-idirafter", "/usr/lib/gcc/x86_64-linux-gnu/12/include",
            .. objcFlags.Where(f => f is not ("-MMD" or "-MP")),
            "-include", Path.Combine(StandInFolder, "NSURLSessionStandIn.h"),
        ];
        return new ObjectiveCTool(clang, flags, [.. baseLibs, "-lBlocksRuntime", "-l:libcurl.so.4"]);
    }

    public Task<ProcessResult> SyntaxCheckAsync(IReadOnlyList<string> files) =>
        ProcessRunner.RunAsync(Clang, [.. Flags, "-fsyntax-only", .. files]);

    /// <summary>Compiles the stand-in once; returns the object file to link into each sample.</summary>
    public async Task<string> CompileStandInAsync(string folder)
    {
        var output = Path.Combine(folder, "NSURLSessionStandIn.o");
        var result = await ProcessRunner.RunAsync(Clang, [.. Flags, "-c", Path.Combine(StandInFolder, "NSURLSessionStandIn.m"), "-o", output]);
        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, "NSURLSessionStandIn.m: " + result);
        return output;
    }

    public Task<ProcessResult> BuildAsync(string file, string standIn, string output) =>
        ProcessRunner.RunAsync(Clang, [.. Flags, file, standIn, .. Libraries, "-o", output]);

    private static async Task<string[]> RunConfigAsync(string gnustepConfig, string option)
    {
        var result = await ProcessRunner.RunAsync(gnustepConfig, [option]);
        Assert.True(result.ExitCode == 0, "gnustep-config " + option + ": " + result);
        return result.Output.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }
}

/// <summary>
/// Swift has no compiler on Debian: the product's parse script checks samples with tree-sitter-swift, installed
/// into the repository's git-ignored tools/ folder by scripts/install-toolchains.sh.
/// </summary>
internal static class SwiftTool
{
    public static string Script => Path.Combine(RepositoryRoot.Find(), "src", "HookSnippets.Snippets", "Toolchains", "swift", "parse-swift.mjs");

    public static string NodeModules
    {
        get
        {
            var modules = Path.Combine(RepositoryRoot.Find(), "tools", "node_modules");
            if (!Directory.Exists(Path.Combine(modules, "tree-sitter-swift")))
            {
                var message = $"tree-sitter-swift is not installed in {modules} (npm install --prefix tools tree-sitter@0.22.4 tree-sitter-swift@0.7.1 --ignore-scripts).";
                Assert.False(Toolchain.IsCi, message + " CI=true: a missing toolchain is a failure.");
                Skip.If(true, message);
            }

            return modules;
        }
    }

    public static string Node => Toolchain.Require("node", "Node.js 20");
}
