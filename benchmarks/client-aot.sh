#!/usr/bin/env bash
# The generated client under Native AOT, end to end (printed, not asserted by ./test.sh):
#  1. packs the generator with a unique version into a local feed;
#  2. makes a console app outside the repository (benchmarks/client-aot/Program.cs, the shipped endpoints.json) with
#     PublishAot=true and warnings as errors, so any trim or AOT warning (IL2xxx/IL3xxx) from the client fails it;
#  3. `dotnet publish -r linux-x64` (ILCompiler comes from NuGet through the ordinary restore);
#  4. runs the native binary against the recording server (benchmarks/client-aot/Driver), which checks what it
#     printed and the requests it sent.
# Needs: clang (the linker driver Native AOT calls), objcopy (binutils, strips the symbols), the .NET SDK.
# Usage: benchmarks/client-aot.sh [work folder, kept]   (default: a temporary folder, deleted)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -ge 1 ]; then work="$1"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi

missing=()
for tool in clang objcopy; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "error: Native AOT needs ${missing[*]} (Debian: apt-get install --no-install-recommends clang binutils)" >&2
  exit 2
fi

timed() { # label, command...: runs it, prints its wall time, shows its output only when it fails
  local label="$1" started; shift
  started=$(date +%s.%N)
  "$@" >"$work/$label.log" 2>&1 || { cat "$work/$label.log" >&2; echo "error: $label failed" >&2; exit 1; }
  printf '%-10s %6.1f s\n' "$label" "$(echo "$(date +%s.%N) - $started" | bc)"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $(clang --version | head -n 1)"
version="0.1.0-aot.$(date -u +%Y%m%d%H%M%S).$$"
timed pack dotnet pack "$root/src/HookSnippets.Generator" -c Release -o "$work/feed" -p:Version="$version" -nologo -nodeReuse:false

app="$work/app"
mkdir -p "$app"
cat >"$app/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="hooksnippets-local" value="$work/feed" />
  </packageSources>
</configuration>
CONFIG
cat >"$app/AotConsumer.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <PublishAot>true</PublishAot>
    <InvariantGlobalization>true</InvariantGlobalization>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <TrimmerSingleWarn>false</TrimmerSingleWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="HookSnippets.Generator" Version="$version" />
  </ItemGroup>
</Project>
PROJECT
cp "$root/benchmarks/client-aot/Program.cs" "$app/Program.cs"
cp "$root/endpoints.json" "$app/endpoints.json"

timed publish dotnet publish "$app" -c Release -r linux-x64 -o "$work/native" -nologo -nodeReuse:false
if grep -E 'warning (IL|CS)[0-9]+' "$work/publish.log"; then echo "error: the publish warned (above)" >&2; exit 1; fi
binary="$work/native/AotConsumer"
[ -x "$binary" ] || { echo "error: $binary was not produced" >&2; exit 1; }
file "$binary" 2>/dev/null | grep -q ELF || { echo "error: $binary is not a native executable" >&2; exit 1; }
[ ! -e "$work/native/AotConsumer.dll" ] || { echo "error: a managed AotConsumer.dll was published: not a native AOT build" >&2; exit 1; }
echo "native binary: $(du -k "$binary" | cut -f1) KB"

timed driver dotnet build "$root/benchmarks/client-aot/Driver" -c Release -nologo -v q -o "$work/driver"
dotnet "$work/driver/Driver.dll" "$binary" "$work"
