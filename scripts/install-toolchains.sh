#!/usr/bin/env bash
# Installs what the sample checks and `hooksnippets verify` need, and only what is missing. The list lives in each
# target's templates/<language>/<client>/target.json; `hooksnippets toolchains --install`, built from this checkout,
# reads it: Debian packages when run as root (else it prints the apt-get line to run), npm and NuGet packages into
# the repository's git-ignored tools/, which verify and the tests read. A toolchain still missing makes the tests that
# need it skip, except under CI=true where they fail. The .NET SDK is expected on the machine already.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
status=0
dotnet run --project "$root/src/HookSnippets.Cli" -v q -- toolchains --install --tools "$root/tools" || status=$?
# The docs build test (tests/HookSnippets.Cli.Tests/MkDocsBuildTests.cs) builds rendered pages with MkDocs Material.
if ! /usr/bin/python3 -c "from mkdocs.theme import Theme; Theme(name='material')" 2>/dev/null; then
  packages=(mkdocs mkdocs-material)
  if ((EUID == 0)); then
    apt-get install -y --no-install-recommends "${packages[@]}" >/dev/null \
      || { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${packages[@]}" >/dev/null; } \
      || status=1
  else
    echo "missing: MkDocs Material for the docs build test; run: sudo apt-get install --no-install-recommends ${packages[*]}"
    status=$((status > 1 ? status : 1))
  fi
fi
# 1: a toolchain is still missing, as printed above; the tests needing it report it. Anything else is a failure here.
if ((status > 1)); then
  exit "$status"
fi
exit 0
