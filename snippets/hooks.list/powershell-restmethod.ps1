$ErrorActionPreference = 'Stop'

$headers = [ordered]@{
    'Authorization' = 'Bearer MGMT_API_ACCESS_TOKEN'
}

$params = @{
    Method = 'Get'
    Uri = 'https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true'
    Headers = $headers
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params
$status
if ($status -notin 200..299) {
    if ($response -is [string]) { $response } else { ConvertTo-Json -InputObject $response -Depth 100 }
    exit 1
}
ConvertTo-Json -InputObject $response -Depth 100
