using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Snippets.Tests.Toolchains;

namespace HookSnippets.Snippets.Tests.Syntax;

public sealed class RubySyntaxTests
{
    // What ruby -c does (compile without running), for every file in one process; -w makes warnings visible on stderr.
    internal const string CompileAll = """
        failed = false
        ARGV.each do |file|
          RubyVM::InstructionSequence.compile_file(file)
        rescue SyntaxError => e
          warn "#{file}: #{e.message}"
          failed = true
        end
        exit(failed ? 1 : 0)
        """;

    [SkippableTheory]
    [InlineData(TestSamples.Shipped)]
    [InlineData(TestSamples.Hostile)]
    [InlineData(TestSamples.EdgeCases)]
    public async Task Every_sample_compiles_without_warnings(string description)
    {
        var ruby = Toolchain.Require("ruby", "/usr/bin/ruby");

        await SyntaxCheck.AllFilesAsync("ruby-nethttp", description, ruby, files => ["-w", "-e", CompileAll, .. files]);
    }
}
