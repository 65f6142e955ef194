using System.Diagnostics;
using Xunit.Abstractions;

namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// The source generator turns the imported whole Management API into a client that compiles with no error and no
/// warning under the strictest settings (nullable, every warning wave, XML doc checks).
/// </summary>
public sealed class GeneratedClientTests(ITestOutputHelper output)
{
    [Fact]
    public void The_whole_management_api_client_compiles_without_errors_or_warnings()
    {
        var imported = OpenApiImporter.ImportFile(TestFiles.ManagementOpenApi, ImportOptions.All);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors.Take(20)));

        var watch = Stopwatch.StartNew();
        var (generator, compiler, files) = DownstreamStages.CompileClient(imported.EndpointsJson!);
        output.WriteLine($"generator and compile {watch.Elapsed.TotalMilliseconds:F0} ms, {files} files");

        Assert.Empty(generator.Take(20));
        Assert.Empty(compiler.Take(20));
        Assert.True(files > 1);
    }
}
