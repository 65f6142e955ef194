# Sourced by import-scale.sh and generator-scale.sh (needs $root and $work): timing of one command, the clean builds of
# a console project with and without the whole generated client, its rebuild after an edit of Program.cs, and the same
# with the client in a class library of its own (the layout docs/generated-client.md recommends for a big API).

measure() { # label, command...
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  printf '%-44s wall %6.2f s  cpu %6.2f s  peak %5d MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
}

# A project that uses the generator the way examples/HooksConsole does (analyzer ProjectReference + the package's build files).
write_project() { # folder, name, output type, extra items
  mkdir -p "$1"
  cat >"$1/$2.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/src/HookSnippets.Generator/build/HookSnippets.Generator.props" />
  <PropertyGroup>
    <OutputType>$3</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <EnableDefaultNoneItems>false</EnableDefaultNoneItems>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/HookSnippets.Generator/HookSnippets.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    $4
  </ItemGroup>
  <Import Project="$root/src/HookSnippets.Generator/build/HookSnippets.Generator.targets" />
</Project>
PROJECT
}

# Appends a line to Program.cs and builds again: the everyday edit-build loop (compiler server on, as in an IDE).
measure_edit_rebuilds() { # label, project folder, build arguments...
  local label="$1" folder="$2"; shift 2
  local i
  for i in 1 2 3; do
    echo "// edit $i $(date +%s%N)" >>"$folder/Program.cs"
    measure "$label, edit rebuild $i" dotnet build "$folder" -c Release -nologo -v q -nodeReuse:false --no-restore "$@"
  done
}

measure_consumer_builds() { # endpoints.json
  dotnet build "$root/src/HookSnippets.Generator" -c Release -nologo -v q >/dev/null
  write_project "$work/consumer" Consumer Exe ""
  cp "$1" "$work/consumer/endpoints.json"
  echo 'System.Console.WriteLine("ok");' >"$work/consumer/Program.cs"
  dotnet restore "$work/consumer" -nologo -v q >/dev/null
  local with
  for with in false true; do
    rm -rf "$work/consumer/bin" "$work/consumer/obj/Release"
    measure "clean build, client=$with" dotnet build "$work/consumer" -c Release -nologo -v q -nodeReuse:false --no-restore --no-dependencies -p:HookSnippetsIncludeEndpointsJson=$with
    measure_edit_rebuilds "client=$with" "$work/consumer" --no-dependencies -p:HookSnippetsIncludeEndpointsJson=$with
  done

  # The client in its own class library, the app referencing it: an edit of the app recompiles the app alone.
  write_project "$work/layout/Client" Client Library ""
  cp "$1" "$work/layout/Client/endpoints.json"
  write_project "$work/layout/App" App Exe "<ProjectReference Include=\"../Client/Client.csproj\" />"
  echo 'System.Console.WriteLine(typeof(Client.Auth0ManagementClient).Name);' >"$work/layout/App/Program.cs"
  dotnet restore "$work/layout/App" -nologo -v q >/dev/null
  measure "library layout, clean build" dotnet build "$work/layout/App" -c Release -nologo -v q -nodeReuse:false --no-restore
  measure_edit_rebuilds "library layout" "$work/layout/App"
}
