require 'httparty'
require 'json'

payload = {
  'HOOK_SECRET_KEY' => 'HOOK_SECRET_VALUE'
}
body = JSON.generate(payload)

response = HTTParty.post(
  'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets',
  headers: {
    'Authorization' => 'Bearer MGMT_API_ACCESS_TOKEN',
    'Content-Type' => 'application/json',
  },
  body: body,
  timeout: 30,
)
puts response.code
puts response.body
exit 1 unless response.success?
