#!/usr/bin/env bash
# Prints rendering throughput (samples/s, one thread, 500 generated operations, every target with a template) and
# the whole-process time of `hooksnippets render` on the shipped endpoints.json. Printed, not asserted.
#   benchmarks/snippets-throughput.sh [seconds-per-measurement]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${1:-3}"
dotnet build benchmarks/HookSnippets.Snippets.Throughput -c Release -nologo -v q >/dev/null
dotnet build src/HookSnippets.Cli -c Release -nologo -v q >/dev/null

echo "== throughput"
dotnet benchmarks/HookSnippets.Snippets.Throughput/bin/Release/net10.0/HookSnippets.Snippets.Throughput.dll "$seconds"

echo "== whole process: hooksnippets render endpoints.json (5 runs)"
out="$(mktemp -d "${TMPDIR:-/tmp}/hooksnippets-render.XXXXXX")"
trap 'rm -rf "$out"' EXIT
cli=src/HookSnippets.Cli/bin/Release/net10.0/hooksnippets
for run in 1 2 3 4 5; do
  start=$(date +%s%N)
  "$cli" render endpoints.json --out "$out/snippets" >/dev/null 2>&1
  end=$(date +%s%N)
  echo "run $run: $(( (end - start) / 1000000 )) ms"
done
echo "samples per render: $(find "$out/snippets" -mindepth 2 -type f | wc -l)"
