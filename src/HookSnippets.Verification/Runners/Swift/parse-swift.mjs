// Syntax check for Swift samples where no Swift compiler exists: parses each file with tree-sitter-swift and fails on
// any ERROR or MISSING node. It catches broken literals, unbalanced brackets and foreign syntax, not type errors.
// Usage: node parse-swift.mjs <node_modules folder holding tree-sitter and tree-sitter-swift> <file.swift>...
// Prints file:line:column (1-based) for each problem; exit code 0 when every file parses, 1 when one does not,
// 2 on a usage error.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [modules, ...files] = process.argv.slice(2);
if (!modules || files.length === 0) {
  console.error('usage: node parse-swift.mjs <node_modules folder> <file.swift>...');
  process.exit(2);
}

// Resolve the packages from the given folder, not from this script's location.
const require = createRequire(join(resolve(modules), 'index.js'));
const Parser = require('tree-sitter');
const Swift = require('tree-sitter-swift');

const parser = new Parser();
parser.setLanguage(Swift);

function* problems(node) {
  if (node.isMissing) {
    yield { node, message: `missing ${node.type}` };
  } else if (node.type === 'ERROR') {
    yield { node, message: 'syntax error' };
  }
  for (const child of node.children) {
    yield* problems(child);
  }
}

let failed = false;
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  // The default 32 KiB buffer splits long lines; a buffer larger than the file keeps it in one piece.
  const tree = parser.parse(source, undefined, { bufferSize: Buffer.byteLength(source, 'utf8') * 2 + 1024 });
  for (const { node, message } of problems(tree.rootNode)) {
    failed = true;
    console.error(`${file}:${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${message}`);
  }
}

process.exit(failed ? 1 : 0);
