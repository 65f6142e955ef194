namespace HookSnippets.Snippets.Tests.Syntax;

/// <summary>
/// Checkers that parse many files in one process, for languages whose own command takes one file per call (each
/// prints <c>file: message</c> on stderr for a file that fails and exits 1 when any fails).
/// </summary>
internal static class CheckerScripts
{
    /// <summary>node --experimental-vm-modules: parses each file as an ES module (import, top-level await), as node --check does for .mjs.</summary>
    public const string EsModules = """
        import { readFileSync } from 'node:fs';
        import vm from 'node:vm';

        let failed = false;
        for (const file of process.argv.slice(2)) {
          try {
            new vm.SourceTextModule(readFileSync(file, 'utf8'), { identifier: file });
          } catch (e) {
            console.error(`${file}: ${e.message}`);
            failed = true;
          }
        }
        process.exit(failed ? 1 : 0);
        """;

    /// <summary>php -d opcache.enable_cli=1: compiles each file without running it, as php -l does.</summary>
    public const string Php = """
        <?php
        $failed = false;
        foreach (array_slice($argv, 1) as $file) {
            try {
                if (!opcache_compile_file($file)) {
                    fwrite(STDERR, $file . ": could not be compiled\n");
                    $failed = true;
                }
            } catch (ParseError $e) {
                fwrite(STDERR, $file . ':' . $e->getLine() . ': ' . $e->getMessage() . "\n");
                $failed = true;
            }
        }
        exit($failed ? 1 : 0);
        """;

    /// <summary>python3 -W error -c: compiles each file; -W error makes a compile-time warning a failure.</summary>
    public const string Python = """
        import sys

        failed = False
        for path in sys.argv[1:]:
            try:
                with open(path, encoding="utf-8") as f:
                    compile(f.read(), path, "exec")
            except (SyntaxError, SyntaxWarning, ValueError) as e:
                print(f"{path}: {e}", file=sys.stderr)
                failed = True
        sys.exit(1 if failed else 0)
        """;
}
