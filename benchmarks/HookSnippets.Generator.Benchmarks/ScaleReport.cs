using System.Diagnostics;
using System.Globalization;
using System.Text;
using Basic.Reference.Assemblies;
using HookSnippets.Description;
using HookSnippets.ClientShape;
using HookSnippets.Description.Json;
using HookSnippets.Description.Validation;
using HookSnippets.Generator.Emitter;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookSnippets.Generator.Benchmarks;

/// <summary>
/// Where one generator run over a big description (the imported whole Management API) spends its time, how much C#
/// it writes, and what compiling that C# costs in-process. Printed, not asserted; each timing is the fastest of a
/// few runs after one warm-up run (the first, cold run is printed too: it is what a build pays).
/// Usage: <c>dotnet run -c Release --project benchmarks/HookSnippets.Generator.Benchmarks -- scale endpoints.json [runs]</c>;
/// <c>SCALE_DUMP=dir</c> writes the generated files there, <c>SCALE_DROP=regex</c> leaves the files whose names match
/// out of the compilation (to see what each part costs: <c>SCALE_DROP='Json'</c>), <c>SCALE_FROM=dir</c> compiles the
/// <c>.cs</c> files of that folder instead of the generated ones (to try a change of the emitted code by hand first).
/// </summary>
internal static class ScaleReport
{
    public static int Run(string path, int runs)
    {
        var text = File.ReadAllText(path);
        var cold = Stopwatch.StartNew();
        var driver = GeneratorDriverRun.Create(path, text).RunGenerators(GeneratorDriverRun.EmptyCompilation);
        var coldTime = cold.Elapsed;
        var result = driver.GetRunResult();
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(5))
        {
            Console.WriteLine("diagnostic: " + diagnostic);
        }

        var description = DescriptionReader.Read(text, path).Description
            ?? throw new InvalidOperationException(path + " does not validate");
        var shape = ClientShapeBuilder.Build(description, path, "Consumer", description.Name + "Client").Shape;
        var runtime = CSharpNames.Qualifier(shape.Namespace);
        var json = new JsonEmitter(shape, runtime);
        var classes = new ClientClassEmitter(shape, runtime);

        Console.WriteLine(Invariant($"{path}: {description.Operations.Count} operations, {description.Types.Count} named types, {text.Length / 1024} KiB"));
        Console.WriteLine(Invariant($"generator, first run in this process (includes JIT): {coldTime.TotalMilliseconds,8:F1} ms"));
        Print("generator, full run (CSharpGeneratorDriver)", runs, () => GeneratorDriverRun.Create(path, text).RunGenerators(GeneratorDriverRun.EmptyCompilation));
        Print("  parse JSON", runs, () => JsonParser.Parse(text, path));
        Print("  read (parse + bind + validate)", runs, () => DescriptionReader.Read(text, path));
        Print("  validate", runs, () => DescriptionValidator.Validate(description, path));
        Print("  shape the client", runs, () => ClientShapeBuilder.Build(description, path, "Consumer", description.Name + "Client"));
        Print("  emit everything", runs, () => ClientEmitter.Emit(shape));
        Print("    emit types", runs, () => TypesEmitter.Emit(shape, runtime));
        Print("    emit JSON readers/writers", runs, () => json.Emit(shape));
        Print("    emit client and groups", runs, () =>
        {
            classes.EmitClient();
            foreach (var group in shape.Groups.Skip(1))
            {
                classes.EmitGroup(group);
            }
        });

        PrintTypes(shape);
        var sources = result.GeneratedTrees.Select(t => (Name: Path.GetFileName(t.FilePath), Text: t.GetText().ToString())).ToList();
        PrintSizes(sources);
        if (Environment.GetEnvironmentVariable("SCALE_DUMP") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            foreach (var (name, source) in sources)
            {
                File.WriteAllText(Path.Combine(dump, name), source);
            }
        }

        if (Environment.GetEnvironmentVariable("SCALE_FROM") is { Length: > 0 } from)
        {
            sources = Directory.GetFiles(from, "*.cs").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
            PrintSizes(sources);
        }

        if (Environment.GetEnvironmentVariable("SCALE_DROP") is { Length: > 0 } drop)
        {
            sources = sources.Where(s => !System.Text.RegularExpressions.Regex.IsMatch(s.Name, drop)).ToList();
        }

        Compile(sources, runs);
        return 0;
    }

    private static void PrintTypes(CSharpClientShape shape)
    {
        var records = shape.Types.Count(t => t.Kind == TypeShapeKind.Record);
        var enums = shape.Types.Count(t => t.Kind == TypeShapeKind.Enum);
        var lists = shape.Types.Count(t => t.Kind == TypeShapeKind.ListResult);
        var members = shape.Types.Sum(t => t.Properties.Count);
        Console.WriteLine(Invariant($"types: {shape.Types.Count} ({records} records with {members} members, {enums} enums, {lists} list results); {shape.Groups.Count} group classes"));
    }

    private static void PrintSizes(List<(string Name, string Text)> sources)
    {
        var lines = 0;
        var bytes = 0L;
        foreach (var (name, text) in sources.OrderByDescending(s => s.Text.Length).Take(6))
        {
            Console.WriteLine(Invariant($"  {name,-60} {Lines(text),7} lines {Encoding.UTF8.GetByteCount(text) / 1024,6} KiB"));
        }

        foreach (var (_, text) in sources)
        {
            lines += Lines(text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        Console.WriteLine(Invariant($"generated C#: {sources.Count} files, {lines} lines, {bytes / 1024} KiB"));
    }

    /// <summary>
    /// csc's work for the generated files alone, as one in-process compilation on one thread (steadier figures on a
    /// shared machine): declaration and binding (every diagnostic, as a warnings-as-errors build asks for), then
    /// emitting the assembly.
    /// </summary>
    private static void Compile(List<(string Name, string Text)> sources, int runs)
    {
        var parseOptions = GeneratorDriverRun.ParseOptions;
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Name)).ToList();
        CSharpCompilation Create() => CSharpCompilation.Create(
            "Consumer",
            trees,
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release, deterministic: true, concurrentBuild: false));

        var problems = Create().GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Console.WriteLine(Invariant($"compiled in-process: {problems.Count} warnings or errors{(problems.Count > 0 ? ", first: " + problems[0] : string.Empty)}"));
        // The assembly's size and type count do not depend on the machine's load, unlike the timings below.
        using (var assembly = new MemoryStream())
        {
            var emitted = Create();
            emitted.Emit(assembly);
            assembly.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(assembly);
            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            Console.WriteLine(Invariant($"emitted DLL: {assembly.Length / 1024} KiB, {metadata.TypeDefinitions.Count} types, {metadata.MethodDefinitions.Count} methods (compiler-generated ones included)"));
        }
        Print("  parse the generated C#", runs, () => sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Name)).ToList());
        Print("  bind and check (GetDiagnostics)", Math.Min(runs, 3), () => Create().GetDiagnostics());
        Print("  bind, check and emit the DLL", Math.Min(runs, 3), () =>
        {
            var compilation = Create();
            compilation.GetDiagnostics();
            using var stream = new MemoryStream();
            return compilation.Emit(stream);
        });
    }

    /// <summary>Wall and CPU time: on a shared machine the CPU time of this process is the steadier figure.</summary>
    private static void Print(string label, int runs, Func<object> action)
    {
        action();
        var wall = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            wall.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
        }

        wall.Sort();
        cpu.Sort();
        Console.WriteLine(Invariant($"{label,-52} fastest {wall[0],8:F1} ms  median {wall[wall.Count / 2],8:F1} ms  cpu {cpu[0],8:F1} ms"));
    }

    private static void Print(string label, int runs, Action action) => Print(label, runs, () =>
    {
        action();
        return label;
    });

    private static int Lines(string text) => text.Count(c => c == '\n');

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
