#!/usr/bin/env bash
# Runs every test: installs missing sample toolchains when it can (scripts/install-toolchains.sh), then
# `dotnet test HookSnippets.sln`, and ends with `N passed, N failed, N skipped` summed from the TRX
# results of every test project.
#   ./test.sh [extra dotnet test arguments...]
#   HOOKSNIPPETS_TEST_TARGET=tests/X.Tests ./test.sh    (a project or solution instead of HookSnippets.sln)
# Under CI=true a test that needs a missing toolchain fails instead of skipping.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}" DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
if [[ -n "${CI:-}" ]]; then
  export CI
fi

if ! ./scripts/install-toolchains.sh; then
  echo "test.sh: scripts/install-toolchains.sh failed; tests needing a missing toolchain skip (fail under CI=true)." >&2
fi

results="$(mktemp -d "${TMPDIR:-/tmp}/hooksnippets-test-results.XXXXXX")"
trap 'rm -rf "$results"' EXIT

target="${HOOKSNIPPETS_TEST_TARGET:-HookSnippets.sln}"
dotnet test "$target" -nologo --logger trx --results-directory "$results" "$@"
test_status=$?

# <Counters total=".." executed=".." passed=".." failed=".." error=".." timeout=".." aborted=".." .../>
counter() {
  local value
  value="$(grep -o '<Counters [^>]*>' "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9][0-9]*')"
  echo "${value:-0}"
}

passed=0 failed=0 skipped=0 files=0
while IFS= read -r -d '' trx; do
  files=$((files + 1))
  passed=$((passed + $(counter "$trx" passed)))
  failed=$((failed + $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted)))
  skipped=$((skipped + $(counter "$trx" total) - $(counter "$trx" executed)))
done < <(find "$results" -name '*.trx' -print0)

echo
echo "$passed passed, $failed failed, $skipped skipped"
if ((test_status != 0)); then
  echo "test.sh: dotnet test exited with $test_status." >&2
  exit "$test_status"
fi
if ((files == 0 || passed + failed == 0)); then
  echo "test.sh: no test ran." >&2
  exit 1
fi
if ((failed > 0)); then
  exit 1
fi
