require "http/client"

headers = HTTP::Headers{
  "Authorization" => "Bearer MGMT_API_ACCESS_TOKEN",
  "Content-Type"  => "application/json",
}

body = <<-'JSON'
{
  "name": "my-hook",
  "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  "triggerId": "pre-user-registration",
  "enabled": false,
  "dependencies": {
    "auth0": "2.30.0"
  }
}
JSON

response = HTTP::Client.post("https://YOUR_DOMAIN/api/v2/hooks", headers: headers, body: body)
puts response.status_code
puts response.body
exit 1 unless response.success?
