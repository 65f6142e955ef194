using System.Diagnostics;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// All conformance tests share one collection: they run one at a time (each verify run already uses both cores) and
/// the suite's duration is printed when it ends (a diagnostic message: dotnet test shows it).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConformanceSuite : ICollectionFixture<SuiteClock>
{
    public const string Name = "conformance";
}

public sealed class SuiteClock(IMessageSink sink) : IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public void Dispose()
    {
        var message = $"Conformance suite duration: {_clock.Elapsed.TotalSeconds:0.0} s (limit 600 s)";
        sink.OnMessage(new DiagnosticMessage(message));
        Console.Error.WriteLine(message);
    }
}
