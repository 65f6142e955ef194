# Parses each file without running it, as pwsh does before running one.
# Usage: pwsh -File check_syntax.ps1 <file.ps1>...
# Prints "<file>:<line>:<column>: <message>" on stderr for each parse error; exit code 1 when any file has one.
$failed = $false
foreach ($file in $args) {
    $tokens = $null
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseFile($file, [ref] $tokens, [ref] $errors)
    foreach ($problem in $errors) {
        $start = $problem.Extent.StartScriptPosition
        [Console]::Error.WriteLine("${file}:$($start.LineNumber):$($start.ColumnNumber): $($problem.Message)")
        $failed = $true
    }
}
exit ([int] $failed)
