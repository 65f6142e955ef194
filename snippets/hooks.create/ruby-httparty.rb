require 'httparty'
require 'json'

payload = {
  'name' => 'my-hook',
  'script' => "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  'triggerId' => 'pre-user-registration',
  'enabled' => false,
  'dependencies' => {
    'auth0' => '2.30.0'
  }
}
body = JSON.generate(payload)

response = HTTParty.post(
  'https://YOUR_DOMAIN/api/v2/hooks',
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
