#!/usr/bin/env bash
# Installs what the sample checks and `hooksnippets verify` need, and only what is missing:
# Debian packages (one apt-get update, one apt-get install; root only) and npm packages into the
# repository's git-ignored tools/ folder. Without root it prints what is missing and exits 0: the
# tests needing a missing toolchain then skip, except under CI=true where they fail.
# Node, a JDK, curl and the .NET SDK are expected on the machine already.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tools"
apt_packages=(golang-go php-cli php-curl ruby python3-requests clang libgnustep-base-dev gnustep-make libblocksruntime-dev)
npm_axios="axios@1"
tree_sitter_version="0.22.4"
tree_sitter_swift_version="0.7.1"

have() { command -v "$1" >/dev/null 2>&1; }

has_blocks_runtime() {
  [[ -e /usr/include/Block.h ]] && compgen -G "/usr/lib/*/libBlocksRuntime.so" >/dev/null
}

missing_toolchains() {
  local missing=()
  have go || missing+=("go (golang-go)")
  if ! have php; then
    missing+=("php (php-cli php-curl)")
  elif ! php -r 'exit(extension_loaded("curl") ? 0 : 1);' >/dev/null 2>&1; then
    missing+=("php curl extension (php-curl)")
  fi
  have ruby || missing+=("ruby (ruby)")
  if [[ ! -x /usr/bin/python3 ]] || ! /usr/bin/python3 -c 'import requests' >/dev/null 2>&1; then
    missing+=("/usr/bin/python3 with requests (python3-requests)")
  fi
  have clang || missing+=("clang (clang)")
  have gnustep-config || missing+=("gnustep-config (libgnustep-base-dev gnustep-make)")
  has_blocks_runtime || missing+=("libBlocksRuntime (libblocksruntime-dev)")
  if ((${#missing[@]})); then
    printf '%s\n' "${missing[@]}"
  fi
  return 0
}

missing="$(missing_toolchains)"
if [[ -n "$missing" ]]; then
  if [[ "$(id -u)" -eq 0 ]] && have apt-get; then
    echo "install-toolchains: installing Debian packages for:"
    sed 's/^/  - /' <<<"$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${apt_packages[@]}"
    missing="$(missing_toolchains)"
  else
    echo "install-toolchains: missing (run as root on Debian to install: apt-get install ${apt_packages[*]}):"
    sed 's/^/  - /' <<<"$missing"
  fi
fi

npm_version_of() {
  local manifest="$tools/node_modules/$1/package.json"
  if [[ -f "$manifest" ]]; then
    node -p 'require(process.argv[1]).version' "$manifest" 2>/dev/null || true
  fi
}

if have npm && have node; then
  mkdir -p "$tools"
  if [[ ! -f "$tools/package.json" ]]; then
    printf '{\n  "name": "hooksnippets-tools",\n  "private": true,\n  "description": "npm packages used by the sample checks (created by scripts/install-toolchains.sh)"\n}\n' >"$tools/package.json"
  fi
  wanted=()
  [[ "$(npm_version_of axios)" == 1.* ]] || wanted+=("$npm_axios")
  [[ "$(npm_version_of tree-sitter)" == "$tree_sitter_version" ]] || wanted+=("tree-sitter@$tree_sitter_version")
  [[ "$(npm_version_of tree-sitter-swift)" == "$tree_sitter_swift_version" ]] || wanted+=("tree-sitter-swift@$tree_sitter_swift_version")
  if ((${#wanted[@]})); then
    echo "install-toolchains: npm install ${wanted[*]} into tools/"
    # --ignore-scripts: tree-sitter's postinstall downloads from github.com; the prebuilt binaries it ships are enough.
    npm install --prefix "$tools" --ignore-scripts --no-audit --no-fund --save-exact "${wanted[@]}"
  fi
else
  echo "install-toolchains: npm/node missing: axios and tree-sitter (Swift parse) are not installed"
fi

# With -fblocks, GNUstep's headers include libobjc2's <objc/blocks_runtime.h>; Debian's gcc libobjc has
# none, so this one-line header points it at libBlocksRuntime's <Block.h>.
blocks_header="$tools/objc-include/objc/blocks_runtime.h"
blocks_header_text='#include <Block.h>'
if [[ ! -f "$blocks_header" ]] || [[ "$(cat "$blocks_header")" != "$blocks_header_text" ]]; then
  mkdir -p "$(dirname "$blocks_header")"
  printf '%s\n' "$blocks_header_text" >"$blocks_header"
fi

version_of() {
  local name="$1"
  shift
  local line
  if line="$("$@" 2>&1 | head -n 1)" && [[ -n "$line" ]]; then
    printf '  %-18s %s\n' "$name" "$line"
  else
    printf '  %-18s %s\n' "$name" "missing"
  fi
}

echo "install-toolchains: versions"
version_of dotnet dotnet --version
version_of curl curl --version
version_of go go version
version_of php php -r 'echo PHP_VERSION, extension_loaded("curl") ? " (curl)" : " (no curl extension)", "\n";'
version_of ruby ruby --version
version_of python3-requests /usr/bin/python3 -c 'import sys, requests; print(sys.version.split()[0], "requests", requests.__version__)'
version_of node node --version
version_of java java -version
version_of clang clang --version
version_of gnustep-base dpkg-query -W -f='${Version}\n' libgnustep-base-dev
for package in axios tree-sitter tree-sitter-swift; do
  installed="$(npm_version_of "$package")"
  printf '  %-18s %s\n' "$package" "${installed:-missing}"
done
if [[ -n "$missing" ]]; then
  echo "install-toolchains: still missing:"
  sed 's/^/  - /' <<<"$missing"
fi
exit 0
