require "http/client"

headers = HTTP::Headers{
  "Authorization" => "Bearer MGMT_API_ACCESS_TOKEN",
  "Content-Type"  => "application/json",
}

body = <<-'JSON'
[
  "HOOK_SECRET_KEY"
]
JSON

response = HTTP::Client.delete("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets", headers: headers, body: body)
puts response.status_code
puts response.body
exit 1 unless response.success?
