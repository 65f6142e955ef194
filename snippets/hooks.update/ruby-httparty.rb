require 'httparty'
require 'json'

payload = {
  'script' => "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  'enabled' => true
}
body = JSON.generate(payload)

response = HTTParty.patch(
  'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID',
  headers: {
    'Authorization' => 'Bearer MGMT_API_ACCESS_TOKEN',
    'Content-Type' => 'application/json',
  },
  body: body,
  timeout: 30,
)
puts response.code
unless response.success?
  puts response.body
  exit 1
end
pp JSON.parse(response.body)
