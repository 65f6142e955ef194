# Runs samples one at a time, each in a fresh runspace of this warm pwsh (PowerShell takes about a second to start;
# a runspace, a few milliseconds). A sample runs as `pwsh -File sample.ps1` would run it, from its own working folder:
# its pipeline output formatted as text into its stdout file, errors and warnings into its stderr file; `exit N` gives
# exit code N, an error that ends the script (a transport error under $ErrorActionPreference = 'Stop') gives 1, as pwsh
# does. Only one sample runs at a time in this process, so the process's current directory is the sample's too.
# Protocol (verify's SampleHost): prints READY, then for each line "RUN\t<file>\t<folder>\t<stdout file>\t<stderr file>"
# answers "DONE\t<exit code>".
$ErrorActionPreference = 'Stop'
$utf8 = [System.Text.UTF8Encoding]::new($false)
$state = [initialsessionstate]::CreateDefault2()
# The web cmdlets' module loads once, here, rather than in every sample's runspace.
$state.ImportPSModule('Microsoft.PowerShell.Utility')

function Invoke-Sample([string] $file, [string] $folder) {
    $output = [System.Text.StringBuilder]::new()
    $errors = [System.Text.StringBuilder]::new()
    $code = 0
    $runspace = [runspacefactory]::CreateRunspace($state)
    $shell = $null
    try {
        [Environment]::CurrentDirectory = $folder
        $runspace.Open()
        $runspace.SessionStateProxy.Path.SetLocation([System.Management.Automation.WildcardPattern]::Escape($folder)) | Out-Null
        $shell = [powershell]::Create($runspace)
        # What pwsh -File prints: the pipeline's output and Write-Host (the information stream) formatted as text.
        $null = $shell.AddScript('$global:LASTEXITCODE = 0; & $args[0] 6>&1 | Out-String -Stream -Width 4096').AddArgument($file)
        # Collected as it comes, so that what a sample printed before an error that ends it is kept.
        $lines = [System.Management.Automation.PSDataCollection[psobject]]::new()
        try {
            $shell.Invoke($null, $lines)
            $code = $runspace.SessionStateProxy.GetVariable('LASTEXITCODE')
            if ($null -eq $code) { $code = 0 }
        }
        catch {
            # An error that ends the script: pwsh prints it and exits 1.
            $exception = $_.Exception
            while ($exception -is [System.Management.Automation.MethodInvocationException] -and $exception.InnerException) {
                $exception = $exception.InnerException
            }
            $record = if ($exception -is [System.Management.Automation.IContainsErrorRecord]) { $exception.ErrorRecord } else { $null }
            $where = if ($record -and $record.InvocationInfo) { $record.InvocationInfo.PositionMessage + "`n" } else { '' }
            $null = $errors.Append($where).Append($exception.Message).Append("`n")
            $code = 1
        }
        foreach ($line in $lines) {
            $null = $output.Append([string] $line).Append("`n")
        }
        foreach ($record in $shell.Streams.Error) {
            $null = $errors.Append($record.ToString()).Append("`n")
        }
        foreach ($record in $shell.Streams.Warning) {
            $null = $errors.Append('WARNING: ').Append($record.Message).Append("`n")
        }
    }
    catch {
        $null = $errors.Append("sample host: $($_.Exception.Message)`n")
        $code = 1
    }
    finally {
        if ($shell) { $shell.Dispose() }
        $runspace.Dispose()
    }
    return [int] $code, $output.ToString(), $errors.ToString()
}

[Console]::Out.WriteLine('READY')
[Console]::Out.Flush()
while ($null -ne ($line = [Console]::In.ReadLine())) {
    $fields = $line.Split("`t")
    $code, $output, $errors = Invoke-Sample $fields[1] $fields[2]
    [System.IO.File]::WriteAllText($fields[3], $output, $utf8)
    [System.IO.File]::WriteAllText($fields[4], $errors, $utf8)
    [Console]::Out.WriteLine("DONE`t$code")
    [Console]::Out.Flush()
}
