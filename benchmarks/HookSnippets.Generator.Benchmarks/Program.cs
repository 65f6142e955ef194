using BenchmarkDotNet.Running;
using HookSnippets.Generator.Benchmarks;

// dotnet run -c Release --project benchmarks/HookSnippets.Generator.Benchmarks -- scale path/to/endpoints.json [runs]
// prints where one run over a big description goes (ScaleReport); anything else runs BenchmarkDotNet.
if (args is ["scale", var path, ..])
{
    return ScaleReport.Run(path, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

// dotnet run -c Release --project benchmarks/HookSnippets.Generator.Benchmarks -- --filter '*' --job short
// Every job runs in this process (InProcessEmitToolchain, which --inProcess selects): a separately generated and
// built benchmark project would meet the repository's central package management and warnings-as-errors.
// (An [InProcess] attribute would not do: a --job given on the command line comes on top of it with the default
// toolchain.)
var arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(arguments);
return 0;
