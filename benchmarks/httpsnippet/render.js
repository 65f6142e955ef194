// Renders the expected requests of a HookSnippets manifest.json with httpsnippet 3.0.10, one thread, for a few
// seconds, and prints samples per second. The clients are httpsnippet's equivalents of our targets.
'use strict';
const fs = require('fs');
const path = require('path');
const { HTTPSnippet } = require(path.join(process.argv[2], 'node_modules', 'httpsnippet'));

const manifest = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const seconds = Number(process.argv[4] || 3);
const clients = [
  ['shell', 'curl'], ['csharp', 'httpclient'], ['go', 'native'], ['java', 'nethttp'], ['node', 'fetch'],
  ['node', 'axios'], ['php', 'curl'], ['python', 'requests'], ['python', 'python3'], ['ruby', 'native'],
  ['swift', 'nsurlsession'], ['objc', 'nsurlsession'],
];

const requests = manifest.operations.map(({ expectedRequest: r }) => ({
  method: r.method,
  url: r.url,
  httpVersion: 'HTTP/1.1',
  headers: r.headers.map(({ name, value }) => ({ name, value })),
  queryString: [],
  cookies: [],
  headersSize: -1,
  bodySize: -1,
  ...(r.body === null || r.body === undefined
    ? {}
    : { postData: { mimeType: 'application/json', text: typeof r.body === 'string' ? r.body : JSON.stringify(r.body) } }),
}));

function renderAll() {
  let characters = 0;
  for (const request of requests) {
    const snippet = new HTTPSnippet(request);
    for (const [target, client] of clients) {
      characters += snippet.convert(target, client).length;
    }
  }
  return characters;
}

// Three seconds of warm-up, as the HookSnippets benchmark does, so V8 reaches optimised code first.
const warmUpStart = process.hrtime.bigint();
while (Number(process.hrtime.bigint() - warmUpStart) / 1e9 < 3) {
  renderAll();
}
let samples = 0;
const start = process.hrtime.bigint();
let elapsed = 0;
// The fastest pass beside the average: on a shared machine it is the closest to what an idle core does.
let fastestPass = Infinity;
while (elapsed < seconds) {
  renderAll();
  samples += requests.length * clients.length;
  const now = Number(process.hrtime.bigint() - start) / 1e9;
  fastestPass = Math.min(fastestPass, now - elapsed);
  elapsed = now;
}
console.log(`httpsnippet 3.0.10: ${clients.length} clients x ${requests.length} requests`);
console.log(`render: ${samples} samples in ${elapsed.toFixed(2)} s = ${Math.round(samples / elapsed)} samples/s on one thread`);
const perPass = requests.length * clients.length;
console.log(`fastest pass: ${perPass} samples in ${Math.round(fastestPass * 1000)} ms = ${Math.round(perPass / fastestPass)} samples/s`);
