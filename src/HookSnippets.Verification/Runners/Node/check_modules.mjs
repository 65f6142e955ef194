// Parses each file as an ES module (import, top-level await) without running it, as node --check does for one .mjs.
// Usage: node --experimental-vm-modules --no-warnings check_modules.mjs <file.mjs>...
// Prints "<file>: <message>" on stderr for each file that fails; exit code 1 when any fails.
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
