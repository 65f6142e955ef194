#!/usr/bin/env bash
# Prints rendering throughput (samples/s, one thread, 500 generated operations, every target with a template) and
# the whole-process time of `hooksnippets render` on the shipped endpoints.json. Printed, not asserted.
#   benchmarks/snippets-throughput.sh [seconds-per-measurement]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${1:-3}"
out="$(mktemp -d "${TMPDIR:-/tmp}/hooksnippets-render.XXXXXX")"
trap 'rm -rf "$out"' EXIT
dotnet build benchmarks/HookSnippets.Snippets.Throughput -c Release -nologo -v q >/dev/null
# Published for this machine's runtime identifier, so ReadyToRun-compiled (see HookSnippets.Cli.csproj).
rid="$(dotnet --info | awk '/RID:/ { print $2; exit }')"
dotnet publish src/HookSnippets.Cli -c Release -r "$rid" --self-contained false -o "$out/cli" -nologo -v q >/dev/null

echo "== throughput"
dotnet benchmarks/HookSnippets.Snippets.Throughput/bin/Release/net10.0/HookSnippets.Snippets.Throughput.dll "$seconds"

echo "== whole process: hooksnippets render endpoints.json into a new folder (5 runs, ReadyToRun CLI for $rid)"
for run in 1 2 3 4 5; do
  start=$(date +%s%N)
  "$out/cli/hooksnippets" render endpoints.json --out "$out/snippets-$run" >/dev/null 2>&1
  end=$(date +%s%N)
  echo "run $run: $(( (end - start) / 1000000 )) ms"
done
echo "samples per render: $(find "$out/snippets-1" -mindepth 2 -type f | wc -l)"
