#!/usr/bin/env bash
# Scale figures for the OpenAPI import (printed, not asserted): import of the whole Auth0 Management API
# (452 operations) and rendering every operation for every target, through the released CLI.
# Wall time includes .NET start-up; CPU time (user+sys) is printed too because this machine is shared.
# Usage: benchmarks/import-scale.sh [path/to/auth0-management-api-oas.json]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
openapi="${1:-${HOOKSNIPPETS_SHARED_DIR:-$root/../shared}/data/auth0-management-api-oas.json}"
[ -f "$openapi" ] || { echo "error: $openapi not found (pass its path)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/HookSnippets.Cli" -c Release -nologo -v q -o "$work/cli" >/dev/null
cli=(dotnet "$work/cli/hooksnippets.dll")

measure() { # label, command...
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  printf '%-34s wall %6.2f s  cpu %6.2f s  peak %5d MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
measure "CLI start-up (--help)" "${cli[@]}" --help
measure "import (452 operations)" "${cli[@]}" import "$openapi" --out "$work/endpoints.json" --report "$work/report.txt"
tail -n 1 "$work/out"
measure "validate the result" "${cli[@]}" validate "$work/endpoints.json"
measure "render all operations x targets" "${cli[@]}" render "$work/endpoints.json" --out "$work/snippets"
echo "samples rendered: $(find "$work/snippets" -type f | wc -l) files; report: $(wc -l <"$work/report.txt") notes"
