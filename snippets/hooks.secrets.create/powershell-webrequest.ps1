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
}
$response = Invoke-WebRequest @params
$response.StatusCode
$response.Content
if ($response.StatusCode -notin 200..299) {
    exit 1
}
