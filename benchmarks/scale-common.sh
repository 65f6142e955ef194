# Sourced by import-scale.sh and generator-scale.sh (needs $root and $work): timing of one command, and the clean
# builds of a console project with and without the whole generated client.

measure() { # label, command...
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  printf '%-34s wall %6.2f s  cpu %6.2f s  peak %5d MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
}

measure_consumer_builds() { # endpoints.json
  # The consumer uses the generator the way examples/HooksConsole does (analyzer ProjectReference + the package's build files).
  dotnet build "$root/src/HookSnippets.Generator" -c Release -nologo -v q >/dev/null
  mkdir -p "$work/consumer"
  cp "$1" "$work/consumer/endpoints.json"
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
  local with
  for with in false true; do
    rm -rf "$work/consumer/bin" "$work/consumer/obj/Release"
    measure "clean build, client=$with" dotnet build "$work/consumer" -c Release -nologo -v q -nodeReuse:false --no-restore --no-dependencies -p:HookSnippetsIncludeEndpointsJson=$with
  done
}
