$ErrorActionPreference = 'Stop'

$headers = [ordered]@{
    'Authorization' = 'Bearer MGMT_API_ACCESS_TOKEN'
}

$json = @'
{
  "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE"
}
'@

$params = @{
    Method = 'Post'
    Uri = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets'
    Headers = $headers
    ContentType = 'application/json'
    Body = $json
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params
$status
if ($status -notin 200..299) {
    if ($response -is [string]) { $response } else { ConvertTo-Json -InputObject $response -Depth 100 }
    exit 1
}
if ($response -is [string]) { $response } else { ConvertTo-Json -InputObject $response -Depth 100 }
