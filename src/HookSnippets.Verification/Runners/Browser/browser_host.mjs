// Runs browser samples one at a time, each in a fresh browser context and page of the ONE Chromium that verify
// started (it reads the DevTools port Chromium wrote into its profile folder), so Chromium's start-up is paid once per
// run and every worker drives its own page. The page sits on the recorder's own origin (the sample's API origin), at
// /.hooksnippets-page/, answered here by request interception and never sent to the recorder: a same-origin page
// keeps the sample's request exactly as written (no CORS preflight, no OPTIONS recorded), and the files a sample reads
// (fetched next to the page) come from its folder; the page's /favicon.ico is answered here too. Every other request goes to the network untouched: the recorder
// sees the request exactly as the browser sends it. A CDN copy of jQuery or axios (a <script src> or a module import) is
// answered with the same file of the tools' npm package, when its version is the one the URL asks for, so the sample
// keeps the URL a reader pastes. A script sample that needs a classic script on its page (jQuery) says so in its
// leading comment lines ("// ... <script src="URL"></script>"): the page holds exactly those tags, before the sample
// runs, and nothing else.
// A sample's turn ends when its script has run (a script's evaluation as a module, top-level await included) and the page
// has no request in flight; its exit code is 1 when it threw, left an unhandled rejection, or Chromium reported an
// uncaught error, as the page's console would show. Console lines go to the sample's stdout (errors to stderr).
// Protocol (verify's SampleHost): prints READY, then for each line
// "RUN\t<sample file>\t<working folder>\t<stdout file>\t<stderr file>" answers "DONE\t<exit code>".
// Usage: node browser_host.mjs <Chromium profile folder> <node_modules folder>
import { closeSync, openSync, readFileSync, writeSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer from 'puppeteer-core';

const [profile, nodeModules] = process.argv.slice(2);
const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
const browser = await puppeteer.connect({ browserWSEndpoint: `ws://127.0.0.1:${port}${path}`, defaultViewport: null });

const PAGE = '/.hooksnippets-page/';
// The CDN copies samples load, answered with the npm packages installed for verify: jsDelivr serves an npm package's
// files as they are (npm/<name>@<version or range>/<path>), code.jquery.com jQuery's dist files under their version.
const PACKAGES = ['axios', 'jquery'];
const installed = (name) => {
  const manifest = join(nodeModules, name, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : 'none';
};
// The version asked for matches the installed one: the same version, or a prefix of it ("1", "3.7").
const matches = (wanted, version) => version === wanted || version.startsWith(wanted + '.');
function library(url) {
  let match = /^https:\/\/cdn\.jsdelivr\.net\/npm\/([a-z]+)@([0-9.]+)\/([A-Za-z0-9._\/-]+)$/.exec(url);
  if (match && PACKAGES.includes(match[1]) && !match[3].split('/').includes('..')) {
    const [, name, wanted, file] = match;
    return { name, wanted, file: join(name, file) };
  }
  match = /^https:\/\/code\.jquery\.com\/jquery-([0-9.]+)(\.min)?\.js$/.exec(url);
  if (match) {
    return { name: 'jquery', wanted: match[1], file: join('jquery', 'dist', `jquery${match[2] ?? ''}.js`) };
  }
  return null;
}
// The <script src> tags a script sample's leading comment lines name.
function scriptTags(file) {
  const tags = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('//')) break;
    for (const [tag] of line.matchAll(/<script src="https:\/\/[^"<>]+"><\/script>/g)) tags.push(tag);
  }
  return tags.join('');
}
const TYPES = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript' };

const control = (line) => writeSync(1, line + '\n');

async function text(message) {
  const parts = await Promise.all(message.args().map(async (arg) => {
    const value = await arg.jsonValue().catch(() => undefined);
    return typeof value === 'string' ? value : value === undefined ? arg.toString() : JSON.stringify(value, null, 2);
  }));
  return parts.length ? parts.join(' ') : message.text();
}

async function run(file, folder, stdout, stderr) {
  const origin = readFileSync(join(folder, 'origin.txt'), 'utf8').trim();
  const context = await browser.createBrowserContext();
  let failed = false;
  let inFlight = 0;
  const logs = [];
  try {
    const page = await context.newPage();
    page.on('console', (message) => logs.push(text(message).then((line) => writeSync(message.type() === 'error' ? stderr : stdout, line + '\n'))));
    page.on('pageerror', (error) => { failed = true; writeSync(stderr, `Uncaught ${error?.stack ?? error}\n`); });
    page.on('request', () => inFlight++);
    page.on('requestfinished', () => inFlight--);
    page.on('requestfailed', (request) => {
      inFlight--;
      writeSync(stderr, `${request.method()} ${request.url()} failed: ${request.failure()?.errorText}\n`);
    });
    // Counts the XMLHttpRequests the page has sent and not finished (jQuery and axios use XHR too): the sample's turn
    // lasts until their callbacks have run. Only send is wrapped; what it sends is unchanged.
    await page.evaluateOnNewDocument(() => {
      window.__hooksnippetsPending = 0;
      const send = XMLHttpRequest.prototype.send;
      XMLHttpRequest.prototype.send = function (...args) {
        window.__hooksnippetsPending++;
        this.addEventListener('loadend', () => setTimeout(() => window.__hooksnippetsPending--));
        return send.apply(this, args);
      };
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(origin + PAGE)) {
        const name = decodeURIComponent(url.slice((origin + PAGE).length).split('?')[0]);
        const local = name === '' ? null : join(folder, basename(name));
        if (name === '') {
          // The page a script sample (imported as a module, so top-level await works) runs in; an .html sample is the page itself.
          const body = file.endsWith('.html') ? readFileSync(file) : '<!doctype html><meta charset="utf-8"><title>sample</title>' + scriptTags(file);
          return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        }
        if (local && existsSync(local)) {
          const type = TYPES[local.slice(local.lastIndexOf('.'))] ?? 'application/octet-stream';
          return request.respond({ status: 200, contentType: type, body: readFileSync(local) });
        }
        return request.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
      }
      if (url === origin + '/favicon.ico') {
        // Answered empty, not 404: Chromium would report a failed load on the console.
        return request.respond({ status: 204, body: '' });
      }
      const copy = library(url);
      if (copy) {
        const version = installed(copy.name);
        if (!matches(copy.wanted, version) || !existsSync(join(nodeModules, copy.file))) {
          writeSync(stderr, `${url}: the tools folder has ${copy.name} ${version === 'none' ? 'not installed' : version}${matches(copy.wanted, version) ? `, without ${copy.file}` : ''}\n`);
          return request.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
        }
        // As the CDNs answer: any origin may load it (a module import from another origin needs that).
        return request.respond({ status: 200, contentType: 'text/javascript', headers: { 'Access-Control-Allow-Origin': '*' }, body: readFileSync(join(nodeModules, copy.file)) });
      }
      return request.continue();
    });
    await page.goto(origin + PAGE, { waitUntil: 'load' });
    if (!file.endsWith('.html')) {
      const error = await page.evaluate((src) => import(src).then(() => null, (e) => String(e?.stack ?? e)), origin + PAGE + basename(file));
      if (error !== null) {
        failed = true;
        writeSync(stderr, `Uncaught ${error}\n`);
      }
    }
    // What the script started (an XHR, a jQuery or axios call) ends with the last request of the page.
    const pending = () => page.evaluate(() => window.__hooksnippetsPending).catch(() => 0);
    while (inFlight > 0 || (await pending()) > 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await Promise.all(logs);
  } finally {
    await context.close();
  }
  return failed ? 1 : 0;
}

control('READY');
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const [, file, folder, out, err] = line.split('\t');
  const stdout = openSync(out, 'w');
  const stderr = openSync(err, 'w');
  let code;
  try {
    code = await run(file, folder, stdout, stderr);
  } catch (error) {
    writeSync(stderr, `browser host: ${error?.stack ?? error}\n`);
    code = 1;
  }
  closeSync(stdout);
  closeSync(stderr);
  control(`DONE\t${code}`);
}
await browser.disconnect();
