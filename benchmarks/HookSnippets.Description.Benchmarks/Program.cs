using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace HookSnippets.Description.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        // In-process: the generated-project toolchain would inherit Directory.Build.props and central package
        // management and fail to build. A job given on the command line (--job short) keeps this toolchain.
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
