require "http/client"

headers = HTTP::Headers{
  "Authorization" => "Bearer MGMT_API_ACCESS_TOKEN",
  "Content-Type"  => "application/json",
}

body = <<-'JSON'
{
  "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  "enabled": true
}
JSON

response = HTTP::Client.patch("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID", headers: headers, body: body)
puts response.status_code
puts response.body
exit 1 unless response.success?
