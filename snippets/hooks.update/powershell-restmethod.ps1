$ErrorActionPreference = 'Stop'

$headers = [ordered]@{
    'Authorization' = 'Bearer MGMT_API_ACCESS_TOKEN'
}

$json = @'
{
  "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  "enabled": true
}
'@

$params = @{
    Method = 'Patch'
    Uri = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID'
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
ConvertTo-Json -InputObject $response -Depth 100
