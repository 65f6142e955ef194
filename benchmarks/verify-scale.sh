#!/usr/bin/env bash
# Scale figures for `verify` (printed, not asserted): imports the whole Auth0 Management API and prints, per target,
# samples per second of a first run and of a second run right after it (warm build caches), then the wall time of
# the whole run and of each of 4 shards run one after another. The machine may be shared: the load average is
# printed, and before/after comparisons should be run back to back.
# Usage: benchmarks/verify-scale.sh [path/to/auth0-management-api-oas.json]
#   OPERATIONS=N   only the first N operation ids (a subset, for a quick comparison)
#   RATE_OPERATIONS=N  the per-target rates over the first N of those only (the whole run and shards keep them all)
#   TARGETS="a b"  only these target ids (default: every target.json of templates/)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
openapi="${1:-$root/tests/fixtures/openapi/auth0/auth0-management-api-oas.json}"
[ -f "$openapi" ] || { echo "error: $openapi not found (pass its path)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/HookSnippets.Cli" -c Release -nologo -v q -o "$work/cli" >/dev/null
cli=(dotnet "$work/cli/hooksnippets.dll")
"${cli[@]}" import "$openapi" --out "$work/endpoints.json" --report "$work/report.txt" >/dev/null

operations=()
if [[ -n "${OPERATIONS:-}" ]]; then
  while read -r id; do operations+=(--operation "$id"); done < <("${cli[@]}" list "$work/endpoints.json" | awk '{print $1}' | head -n "$OPERATIONS")
fi
count="$("${cli[@]}" list "$work/endpoints.json" | head -n "${OPERATIONS:-1000000}" | wc -l)"
rate_operations=("${operations[@]}")
rate_count="$count"
if [[ -n "${RATE_OPERATIONS:-}" ]]; then
  rate_operations=()
  while read -r id; do rate_operations+=(--operation "$id"); done < <("${cli[@]}" list "$work/endpoints.json" | awk '{print $1}' | head -n "$RATE_OPERATIONS")
  rate_count="${#rate_operations[@]}"; rate_count=$((rate_count / 2))
fi
read -r -a targets <<<"${TARGETS:-$(sed -n 's/^  "id": "\(.*\)",$/\1/p' "$root"/templates/*/*/target.json | sort | tr '\n' ' ')}"
target_args=()
for target in "${targets[@]}"; do target_args+=(--target "$target"); done

seconds() { # command... : wall seconds; verify's exit code (1 on a failed sample) does not stop the figures
  local start end
  start="$(date +%s.%N)"
  "$@" >"$work/out" 2>&1 || [[ $? -eq 1 ]] || { cat "$work/out" >&2; exit 1; }
  end="$(date +%s.%N)"
  grep -E '^[0-9]+ samples: ' "$work/out" | tail -n 1 | sed 's/ in [0-9.]* s$//' >"$work/totals" || true
  echo "$end - $start" | bc
}

cd "$root"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $count operations (per-target rates over $rate_count)"
printf '%-20s %10s %10s %12s  %s\n' target first/s second/s "second wall" "second run's totals"
for target in "${targets[@]}"; do
  first="$(seconds "${cli[@]}" verify "$work/endpoints.json" --target "$target" "${rate_operations[@]}")"
  second="$(seconds "${cli[@]}" verify "$work/endpoints.json" --target "$target" "${rate_operations[@]}")"
  printf '%-20s %10.2f %10.2f %10.1f s  %s\n' "$target" "$(echo "$rate_count / $first" | bc -l)" "$(echo "$rate_count / $second" | bc -l)" "$second" "$(cat "$work/totals")"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

printf 'whole run (%d targets): %.1f s  %s\n' "${#targets[@]}" "$(seconds "${cli[@]}" verify "$work/endpoints.json" "${target_args[@]}" "${operations[@]}")" "$(cat "$work/totals")"
if "${cli[@]}" verify --help | grep -q -- --shard; then
  for part in 1 2 3 4; do
    printf 'shard %d/4: %.1f s\n' "$part" "$(seconds "${cli[@]}" verify "$work/endpoints.json" "${target_args[@]}" "${operations[@]}" --shard "$part/4" --results "$work/part-$part.json")"
  done
else
  echo "shards: this verify has no --shard"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
