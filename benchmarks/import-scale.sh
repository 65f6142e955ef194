#!/usr/bin/env bash
# Scale figures for the OpenAPI import (printed, not asserted): import of the whole Auth0 Management API
# (452 operations), rendering every operation for every target through the released CLI, and a clean build of a
# console project with the generated client compared with the same project without it (warnings as errors).
# Wall time includes .NET start-up; CPU time (user+sys) is printed too because this machine is shared.
# Usage: benchmarks/import-scale.sh [path/to/auth0-management-api-oas.json]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
openapi="${1:-$root/tests/fixtures/openapi/auth0/auth0-management-api-oas.json}"
[ -f "$openapi" ] || { echo "error: $openapi not found (pass its path)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=benchmarks/scale-common.sh
source "$root/benchmarks/scale-common.sh"

dotnet build "$root/src/HookSnippets.Cli" -c Release -nologo -v q -o "$work/cli" >/dev/null
cli=(dotnet "$work/cli/hooksnippets.dll")

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
measure "CLI start-up (--help)" "${cli[@]}" --help
measure "import (452 operations)" "${cli[@]}" import "$openapi" --out "$work/endpoints.json" --report "$work/report.txt"
tail -n 1 "$work/out"
measure "validate the result" "${cli[@]}" validate "$work/endpoints.json"
measure "render all operations x targets" "${cli[@]}" render "$work/endpoints.json" --out "$work/snippets"
echo "samples rendered: $(find "$work/snippets" -type f | wc -l) files; report: $(wc -l <"$work/report.txt") notes"

measure_consumer_builds "$work/endpoints.json"
