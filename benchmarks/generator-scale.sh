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
openapi="${1:-${HOOKSNIPPETS_SHARED_DIR:-$root/../shared}/data/auth0-management-api-oas.json}"
runs="${2:-5}"
[ -f "$openapi" ] || { echo "error: $openapi not found (pass its path)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

measure() { # label, command...
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  printf '%-34s wall %6.2f s  cpu %6.2f s  peak %5d MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
dotnet build "$root/src/HookSnippets.Cli" -c Release -nologo -v q -o "$work/cli" >/dev/null
dotnet "$work/cli/hooksnippets.dll" import "$openapi" --out "$work/endpoints.json" | tail -n 1

dotnet build "$root/benchmarks/HookSnippets.Generator.Benchmarks" -c Release -nologo -v q -o "$work/bench" >/dev/null
dotnet "$work/bench/HookSnippets.Generator.Benchmarks.dll" scale "$work/endpoints.json" "$runs"

# The consumer uses the generator the way samples/HooksConsole does (analyzer ProjectReference + the package's build files).
dotnet build "$root/src/HookSnippets.Generator" -c Release -nologo -v q >/dev/null
mkdir -p "$work/consumer"
cp "$work/endpoints.json" "$work/consumer/endpoints.json"
cat >"$work/consumer/Consumer.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/src/HookSnippets.Generator/build/HookSnippets.Generator.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <EnableDefaultNoneItems>false</EnableDefaultNoneItems>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/HookSnippets.Generator/HookSnippets.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$root/src/HookSnippets.Generator/build/HookSnippets.Generator.targets" />
</Project>
PROJECT
echo 'System.Console.WriteLine("ok");' >"$work/consumer/Program.cs"
dotnet restore "$work/consumer" -nologo -v q >/dev/null
for with in false true; do
  rm -rf "$work/consumer/bin" "$work/consumer/obj/Release"
  measure "clean build, client=$with" dotnet build "$work/consumer" -c Release -nologo -v q -nodeReuse:false --no-restore --no-dependencies -p:HookSnippetsIncludeEndpointsJson=$with
done
