// Runs compiled C# samples one at a time in this process, each in a collectible load context of its own (its
// assembly, the generated client's and their statics fresh, only the framework shared), so that the runtime's start-up
// and the JIT of HttpClient and TLS are paid once rather than per sample. Each sample runs from its own working folder
// with its console written to its own files, and ends as its own process would end: when its entry point returns
// (its exit code, or 0) or throws (the exception printed as the runtime prints an unhandled one, and 134, the code of
// the runtime's abort). A sample that calls Environment.Exit ends this host with its exit code; verify then starts a
// fresh host for the next sample.
// Protocol (verify's SampleHost): prints READY, then for each line
// "RUN\t<sample.dll>\t<working folder>\t<stdout file>\t<stderr file>" answers "DONE\t<exit code>".
// Usage: dotnet SampleHost.dll [folder holding assemblies samples reference]...
using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;

var control = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
var requests = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
Console.SetIn(TextReader.Null);
control.WriteLine("READY");
for (var line = requests.ReadLine(); line is not null; line = requests.ReadLine())
{
    var parts = line.Split('\t');
    control.WriteLine("DONE\t" + Run(parts[1], parts[2], parts[3], parts[4], args));
}

static int Run(string assembly, string folder, string stdout, string stderr, string[] referenceFolders)
{
    using var output = new StreamWriter(stdout, append: false, new UTF8Encoding(false)) { AutoFlush = true };
    using var error = new StreamWriter(stderr, append: false, new UTF8Encoding(false)) { AutoFlush = true };
    Console.SetOut(output);
    Console.SetError(error);
    Directory.SetCurrentDirectory(folder);
    Environment.ExitCode = 0;
    var context = new SampleLoadContext(Path.GetDirectoryName(assembly)!, referenceFolders);
    try
    {
        var entry = context.LoadFromAssemblyPath(assembly).EntryPoint
            ?? throw new InvalidOperationException(assembly + " has no entry point");
        var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        return result is int code ? code : Environment.ExitCode;
    }
    catch (TargetInvocationException e) when (e.InnerException is { } failure)
    {
        error.WriteLine("Unhandled exception. " + failure);
        return 134;
    }
    finally
    {
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        context.Unload();
    }
}

/// <summary>Resolves a sample's own references (the generated client) from its folder and the host's reference folders.</summary>
internal sealed class SampleLoadContext(string sampleFolder, string[] referenceFolders) : AssemblyLoadContext(isCollectible: true)
{
    protected override Assembly? Load(AssemblyName name)
    {
        foreach (var folder in referenceFolders.Prepend(sampleFolder))
        {
            var candidate = Path.Combine(folder, name.Name + ".dll");
            if (File.Exists(candidate))
            {
                return LoadFromAssemblyPath(candidate);
            }
        }

        return null;
    }
}
