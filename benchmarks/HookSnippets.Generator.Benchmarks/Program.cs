using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/HookSnippets.Generator.Benchmarks -- --filter '*' --job short
// Every job runs in this process (InProcessEmitToolchain, which --inProcess selects): a separately generated and
// built benchmark project would meet the repository's central package management and warnings-as-errors.
// (An [InProcess] attribute would not do: a --job given on the command line comes on top of it with the default
// toolchain.)
var arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(arguments);
