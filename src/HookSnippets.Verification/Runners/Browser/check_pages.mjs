// Parses browser samples without running them: a script as an ES module (import, top-level await), as the browser
// host imports it; a page's inline <script> elements each as the browser would (type="module" as a module, the rest
// as classic scripts). A page's markup itself is not validated: browsers accept any.
// Usage: node --experimental-vm-modules --no-warnings check_pages.mjs <file>...
// Prints "<file>: <message>" on stderr for each file that fails; exit code 1 when any fails.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

let failed = false;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    if (file.endsWith('.html')) {
      for (const [, attributes, code] of text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=/.test(attributes)) {
          if (code.trim() !== '') throw new Error('a <script src> element must be empty');
        } else if (/type="module"/.test(attributes)) {
          new vm.SourceTextModule(code, { identifier: file });
        } else {
          new vm.Script(code, { filename: file });
        }
      }
    } else {
      new vm.SourceTextModule(text, { identifier: file });
    }
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
