#!/usr/bin/env bash
# Renders the same 500 generated requests with HookSnippets and with httpsnippet 3.0.10 (installed from npm into
# tools/httpsnippet), one thread each, and prints both rates and their ratio; then the whole-process time of
# rendering the shipped endpoints.json with each. Printed, not asserted. The throughput runs alternate between the
# two tools for a number of rounds, so both see the same load on a shared machine; the best of the rounds is compared.
#   benchmarks/compare-httpsnippet.sh [seconds-per-measurement] [rounds]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${1:-3}"
rounds="${2:-3}"
tools=tools/httpsnippet
if [[ ! -d "$tools/node_modules/httpsnippet" ]]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent httpsnippet@3.0.10 >/dev/null
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/hooksnippets-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT
dotnet build benchmarks/HookSnippets.Snippets.Throughput -c Release -nologo -v q >/dev/null
# The CLI as users run it fastest: published for this machine's runtime identifier, so ReadyToRun-compiled.
rid="$(dotnet --info | awk '/RID:/ { print $2; exit }')"
dotnet publish src/HookSnippets.Cli -c Release -r "$rid" --self-contained false -o "$work/cli" -nologo -v q >/dev/null

throughput=benchmarks/HookSnippets.Snippets.Throughput/bin/Release/net10.0/HookSnippets.Snippets.Throughput.dll
cli="$work/cli/hooksnippets"
dotnet "$throughput" --write-description "$work/generated.json"
"$cli" render "$work/generated.json" --out "$work/generated" --target shell-curl >/dev/null

rate() { grep '^render:' <<<"$1" | grep -o '= [0-9]* samples/s' | grep -o '[0-9]*'; }
fastest() { grep '^fastest pass:' <<<"$1" | grep -o '= [0-9]* samples/s' | grep -o '[0-9]*'; }
max() { if (( $1 > $2 )); then echo "$1"; else echo "$2"; fi; }
best_rate=(0 0)
best_fastest=(0 0)
for round in $(seq "$rounds"); do
  ours="$(dotnet "$throughput" "$seconds")"
  theirs="$(node benchmarks/httpsnippet/render.js "$PWD/$tools" "$work/generated/manifest.json" "$seconds")"
  if [[ "$round" == 1 ]]; then
    echo "== HookSnippets: $(head -1 <<<"$ours")"
    echo "== httpsnippet: $(head -1 <<<"$theirs")"
  fi
  echo "round $round: HookSnippets $(rate "$ours") samples/s average, fastest pass $(fastest "$ours");" \
    "httpsnippet $(rate "$theirs") average, fastest pass $(fastest "$theirs")"
  best_rate=("$(max "${best_rate[0]}" "$(rate "$ours")")" "$(max "${best_rate[1]}" "$(rate "$theirs")")")
  best_fastest=("$(max "${best_fastest[0]}" "$(fastest "$ours")")" "$(max "${best_fastest[1]}" "$(fastest "$theirs")")")
done
echo "best of $rounds rounds: HookSnippets ${best_rate[0]} samples/s average, fastest pass ${best_fastest[0]};" \
  "httpsnippet ${best_rate[1]} average, fastest pass ${best_fastest[1]}"
echo "ratio (HookSnippets / httpsnippet samples per second, best averages): $(awk -v a="${best_rate[0]}" -v b="${best_rate[1]}" 'BEGIN { printf "%.2f", a / b }')"
echo "ratio of the fastest passes: $(awk -v a="${best_fastest[0]}" -v b="${best_fastest[1]}" 'BEGIN { printf "%.2f", a / b }')"

"$cli" render endpoints.json --out "$work/snippets" --target shell-curl >/dev/null
cat > "$work/one-process.js" <<'JS'
const path = require('path');
const { HTTPSnippet } = require(path.join(process.argv[2], 'node_modules', 'httpsnippet'));
const manifest = require(process.argv[3]);
const clients = [['shell','curl'],['csharp','httpclient'],['go','native'],['java','nethttp'],['node','fetch'],['node','axios'],
  ['php','curl'],['python','requests'],['python','python3'],['ruby','native'],['swift','nsurlsession'],['objc','nsurlsession']];
let n = 0;
for (const { expectedRequest: r } of manifest.operations) {
  const har = { method: r.method, url: r.url, httpVersion: 'HTTP/1.1', headers: r.headers, queryString: [], cookies: [],
    headersSize: -1, bodySize: -1, ...(r.body == null ? {} : { postData: { mimeType: 'application/json', text: typeof r.body === 'string' ? r.body : JSON.stringify(r.body) } }) };
  const s = new HTTPSnippet(har);
  for (const [t, c] of clients) { s.convert(t, c); n++; }
}
console.error(`${n} samples`);
JS
# Interleaved, so both see the same load on a shared machine; each render writes a new folder, because replacing
# one deletes the old files first, and on a disk mounted with online discard each unlink waits for the device.
echo "== whole process on endpoints.json (median of 5 interleaved runs; ReadyToRun CLI for $rid)"
median() { sort -n | sed -n 3p; }
time_ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
for run in 1 2 3 4 5; do
  time_ms "$cli" render endpoints.json --out "$work/whole-$run" >>"$work/ours.ms"
  time_ms node "$work/one-process.js" "$PWD/$tools" "$work/snippets/manifest.json" >>"$work/theirs.ms"
  time_ms "$cli" render endpoints.json --out "$work/whole-$run" >>"$work/replace.ms"
done
echo "hooksnippets render (13 targets, 9 operations): $(median <"$work/ours.ms") ms"
echo "node + httpsnippet (12 clients, 9 operations): $(median <"$work/theirs.ms") ms"
echo "hooksnippets render replacing an existing folder: $(median <"$work/replace.ms") ms"
