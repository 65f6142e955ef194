using System.Diagnostics;
using System.Globalization;
using HookSnippets.Description;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Throughput;

// Samples per second on one thread: every target that has a template, for a generated 500-operation description,
// templates already parsed and contexts warm. Printed, not asserted (the machine is shared).
const int Operations = 500;
var text = GeneratedDescription.Create(Operations);
if (args is ["--write-description", var path])
{
    // compare-httpsnippet.sh renders the same requests with httpsnippet.
    File.WriteAllText(path, text);
    return 0;
}

if (args is ["--encoders"])
{
    EncoderTimings.Run();
    return 0;
}

var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3.0;

var read = DescriptionReader.Read(text, "generated.json");
if (read.HasErrors)
{
    Console.Error.WriteLine(string.Join('\n', read.Diagnostics));
    return 1;
}

var api = read.Description!;
var models = RequestModelBuilder.Build(api);
var facts = new ApiFacts(api.Name, api.Title);
var renderer = new SnippetRenderer(TemplatePack.Embedded);
var targets = TemplatePack.Embedded.Targets;

long RenderAll()
{
    long characters = 0;
    foreach (var model in models)
    {
        foreach (var target in targets)
        {
            characters += renderer.Render(target, model, facts).Length;
        }
    }

    return characters;
}

// Three seconds of warm-up (httpsnippet/render.js does the same): the tiered JIT (tier 0, then instrumented, then
// optimised with the profile) needs a few seconds of passes on a loaded machine before the rate settles.
var warmUp = Stopwatch.StartNew();
while (warmUp.Elapsed.TotalSeconds < 3)
{
    RenderAll();
}

var samples = 0L;
var stopwatch = Stopwatch.StartNew();
// The fastest pass beside the average: on a shared machine it is the closest to what an idle core does.
var fastestPass = double.MaxValue;
while (stopwatch.Elapsed.TotalSeconds < seconds)
{
    var passStart = stopwatch.Elapsed.TotalSeconds;
    RenderAll();
    fastestPass = Math.Min(fastestPass, stopwatch.Elapsed.TotalSeconds - passStart);
    samples += (long)models.Count * targets.Count;
}

stopwatch.Stop();
var modelStopwatch = Stopwatch.StartNew();
RequestModelBuilder.Build(api);
modelStopwatch.Stop();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{targets.Count} targets ({string.Join(", ", targets.Select(t => t.Id))}) x {models.Count} operations"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"render: {samples} samples in {stopwatch.Elapsed.TotalSeconds:F2} s = {samples / stopwatch.Elapsed.TotalSeconds:F0} samples/s on one thread"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"fastest pass: {models.Count * targets.Count} samples in {fastestPass * 1000:F0} ms = {models.Count * targets.Count / fastestPass:F0} samples/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"request models: {models.Count} operations in {modelStopwatch.Elapsed.TotalMilliseconds:F1} ms"));
return 0;
