require "http/client"

headers = HTTP::Headers{
  "Authorization" => "Bearer MGMT_API_ACCESS_TOKEN",
}

response = HTTP::Client.delete("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID", headers: headers)
puts response.status_code
puts response.body
exit 1 unless response.success?
