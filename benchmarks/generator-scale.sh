#!/usr/bin/env bash
# Generator scale figures for the whole Auth0 Management API (printed, not asserted): imports it, then
#  1. ScaleReport (benchmarks/HookSnippets.Generator.Benchmarks): one full generator run and its stages (parse, read,
#     validate, shape, each emitter), the number of generated types, the size of the generated C# per file, and what
#     compiling that C# costs in-process (one thread);
#  2. a clean `dotnet build -nodeReuse:false` of a console project with the whole client and without it.
# Wall time includes .NET start-up; CPU time (user+sys) is printed too because this machine is shared.
# Usage: benchmarks/generator-scale.sh [path/to/auth0-management-api-oas.json] [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
openapi="${1:-$root/tests/fixtures/openapi/auth0/auth0-management-api-oas.json}"
runs="${2:-5}"
[ -f "$openapi" ] || { echo "error: $openapi not found (pass its path)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=benchmarks/scale-common.sh
source "$root/benchmarks/scale-common.sh"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
dotnet build "$root/src/HookSnippets.Cli" -c Release -nologo -v q -o "$work/cli" >/dev/null
dotnet "$work/cli/hooksnippets.dll" import "$openapi" --out "$work/endpoints.json" | tail -n 1

dotnet build "$root/benchmarks/HookSnippets.Generator.Benchmarks" -c Release -nologo -v q -o "$work/bench" >/dev/null
dotnet "$work/bench/HookSnippets.Generator.Benchmarks.dll" scale "$work/endpoints.json" "$runs"

measure_consumer_builds "$work/endpoints.json"
