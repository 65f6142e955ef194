require "http/client"

headers = HTTP::Headers{
  "Authorization" => "Bearer MGMT_API_ACCESS_TOKEN",
}

response = HTTP::Client.get("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets", headers: headers)
puts response.status_code
puts response.body
exit 1 unless response.success?
