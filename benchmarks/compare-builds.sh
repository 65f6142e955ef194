#!/usr/bin/env bash
# What the whole generated client adds to a clean build, compared across revisions (printed, not asserted): each
# revision is checked out in a temporary worktree, imports the OpenAPI file with its own CLI, and a console project
# using its own generator is built clean without and with the client, the revisions alternating for several rounds
# (a single build on this machine spreads by a second or more; alternating spreads the load over all of them).
# Usage: benchmarks/compare-builds.sh REV [REV...]  (ROUNDS=3, OPENAPI=path; WORKTREE=1 adds the working tree as "work";
# EDITS=1 adds, after each build with the client, a rebuild after an edit of Program.cs)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
openapi="${OPENAPI:-$root/tests/fixtures/openapi/auth0/auth0-management-api-oas.json}"
rounds="${ROUNDS:-3}"
[ $# -gt 0 ] || [ "${WORKTREE:-}" = 1 ] || { echo "usage: $0 REV [REV...]" >&2; exit 2; }
work="$(mktemp -d)"
cleanup() {
  local tree
  for tree in "$work"/tree-*; do
    [ -d "$tree" ] && git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

names=()
prepare() { # name, source tree
  local name="$1" tree="$2"
  dotnet build "$tree/src/HookSnippets.Cli" -c Release -nologo -v q -o "$work/cli-$name" >/dev/null
  dotnet "$work/cli-$name/hooksnippets.dll" import "$openapi" --out "$work/$name.endpoints.json" >/dev/null
  dotnet build "$tree/src/HookSnippets.Generator" -c Release -nologo -v q >/dev/null
  root="$tree" write_project "$work/consumer-$name" Consumer Exe ""
  cp "$work/$name.endpoints.json" "$work/consumer-$name/endpoints.json"
  echo 'System.Console.WriteLine("ok");' >"$work/consumer-$name/Program.cs"
  dotnet restore "$work/consumer-$name" -nologo -v q >/dev/null
  names+=("$name")
}

# shellcheck source=benchmarks/scale-common.sh
source "$root/benchmarks/scale-common.sh"
for rev in "$@"; do
  name="$(git -C "$root" rev-parse --short "$rev")"
  git -C "$root" worktree add --detach -q "$work/tree-$name" "$rev"
  prepare "$name" "$work/tree-$name"
done
[ "${WORKTREE:-}" = 1 ] && prepare work "$root"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $rounds rounds"
for round in $(seq "$rounds"); do
  for name in "${names[@]}"; do
    for with in false true; do
      rm -rf "$work/consumer-$name/bin" "$work/consumer-$name/obj/Release"
      measure "round $round, $name, client=$with" dotnet build "$work/consumer-$name" -c Release -nologo -v q -nodeReuse:false --no-restore -p:HookSnippetsIncludeEndpointsJson=$with
      if [ "${EDITS:-}" = 1 ] && [ "$with" = true ]; then
        echo "// edit $round $(date +%s%N)" >>"$work/consumer-$name/Program.cs"
        measure "round $round, $name, edit rebuild" dotnet build "$work/consumer-$name" -c Release -nologo -v q -nodeReuse:false --no-restore -p:HookSnippetsIncludeEndpointsJson=true
      fi
    done
  done
done
