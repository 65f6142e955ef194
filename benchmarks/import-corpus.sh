#!/usr/bin/env bash
# Import figures per OpenAPI file (printed, not asserted): operations in the file, imported, not imported by reason,
# import time and peak memory, through the released CLI. Wall time includes .NET start-up; CPU time (user+sys) is
# printed too because this machine is shared. Default files: the public corpus, the Auth0 hooks file and the whole
# Management API; pass other files (or several files of a vendor) to measure them.
# Usage: benchmarks/import-corpus.sh [openapi-file]...
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=benchmarks/scale-common.sh
source "$root/benchmarks/scale-common.sh"

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=("$root"/tests/fixtures/openapi/corpus/*.yaml "$root"/tests/fixtures/openapi/corpus/*.json \
    "$root/tests/fixtures/openapi/auth0/auth0-hooks-openapi.json" "$root/tests/fixtures/openapi/auth0/auth0-management-api-oas.json")
fi

dotnet build "$root/src/HookSnippets.Cli" -c Release -nologo -v q -o "$work/cli" >/dev/null
cli=(dotnet "$work/cli/hooksnippets.dll")

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for file in "${files[@]}"; do
  echo "== $(basename "$file")"
  measure "import" "${cli[@]}" import "$file" --out "$work/endpoints.json"
  grep -E 'operations? imported' "$work/out" | sed 's/^.*: \([0-9]* of [0-9]* operations\? imported\).*/\1/'
  # Reasons without the names they quote, counted: "its required parameter '…' cannot be imported".
  grep -o 'operation not imported: .*' "$work/out" | sed -e 's/^operation not imported: //' -e "s/'[^']*'/'…'/g" -e 's/ (.*//' \
    | sort | uniq -c | sort -rn | sed 's/^/   not imported: /' || true
  grep -c ': warning HS6' "$work/out" | sed 's/^/   warnings: /' || true
done
