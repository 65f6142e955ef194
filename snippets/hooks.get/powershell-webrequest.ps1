$ErrorActionPreference = 'Stop'

$headers = [ordered]@{
    'Authorization' = 'Bearer MGMT_API_ACCESS_TOKEN'
}

$params = @{
    Method = 'Get'
    Uri = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID'
    Headers = $headers
    SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params
$response.StatusCode
$response.Content
if ($response.StatusCode -notin 200..299) {
    exit 1
}
