<?php
// Compiles each file without running it, as php -l does for one (PHP 8.2's php -l reads only its first file).
// Usage: php -d opcache.enable_cli=1 check_syntax.php <file.php>...
// Prints "<file>:<line>: <message>" on stderr for each file that fails; exit code 1 when any fails.
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
