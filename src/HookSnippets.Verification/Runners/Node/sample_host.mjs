// Runs ES-module samples one at a time in this process, each imported as a module of its own (a fresh instance: its
// own URL), so that Node's start-up and the loading of the packages samples import are paid once. A sample runs from
// its own working folder with its stdout and stderr written to its own files, and its turn ends as its own process
// would end: once its module has been evaluated and nothing it started keeps the event loop alive (a pending request,
// a timer), with process.exitCode as its exit code. A sample that throws, or leaves an unhandled rejection or
// exception, ends this host as it would end its own process: the error printed, exit code 1; one that calls
// process.exit ends it with its code. verify then starts a fresh host for the next sample. What samples share here
// and would not across processes: the loaded packages (axios) and Node's connection pools.
// Protocol (verify's SampleHost): prints READY, then for each line
// "RUN\t<file.mjs>\t<working folder>\t<stdout file>\t<stderr file>" answers "DONE\t<exit code>".
// Usage: node sample_host.mjs <package to import first>... (run from the folder whose node_modules holds them)
import { closeSync, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

for (const name of process.argv.slice(2)) {
  try {
    await import(name);
  } catch {
    // A sample importing it fails alone, as it would in a process of its own.
  }
}

const control = (line) => writeSync(1, line + '\n');
const writeTo = (fd) => (chunk, encoding, callback) => {
  writeSync(fd, typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : chunk);
  (typeof encoding === 'function' ? encoding : callback)?.();
  return true;
};

let stderr = 2;
const fail = (error) => {
  writeSync(stderr, `${error?.stack ?? error}\n\nNode.js ${process.version}\n`);
  process.exit(1);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

const own = { stdout: process.stdout.write, stderr: process.stderr.write };
const idle = () => new Promise((resolve) => setTimeout(resolve, 2).unref());

control('READY');
let count = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const [, file, folder, out, err] = line.split('\t');
  const stdout = openSync(out, 'w');
  stderr = openSync(err, 'w');
  process.stdout.write = writeTo(stdout);
  process.stderr.write = writeTo(stderr);
  process.chdir(folder);
  process.argv[1] = file;
  process.exitCode = undefined;
  // What keeps the loop alive while this host waits for its next line: a sample is over when only that is left.
  const waiting = process.getActiveResourcesInfo().length;
  await import(`${pathToFileURL(file).href}?sample=${++count}`).catch(fail);
  while (process.getActiveResourcesInfo().length > waiting) {
    await idle();
  }
  process.stdout.write = own.stdout;
  process.stderr.write = own.stderr;
  closeSync(stdout);
  closeSync(stderr);
  stderr = 2;
  control(`DONE\t${process.exitCode ?? 0}`);
}
