#!/usr/bin/env bash
# Scale figures for the OpenAPI import (printed, not asserted): import of the whole Auth0 Management API
# (452 operations), rendering every operation for every target through the released CLI, and a clean build of a
# console project with the generated client compared with the same project without it (warnings as errors).
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
  measure "clean build, client=$with" dotnet build "$work/consumer" -c Release -nologo -v q --no-restore --no-dependencies -p:HookSnippetsIncludeEndpointsJson=$with
done
