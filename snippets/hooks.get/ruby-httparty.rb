require 'httparty'
require 'json'

response = HTTParty.get(
  'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID',
  headers: {
    'Authorization' => 'Bearer MGMT_API_ACCESS_TOKEN',
  },
  timeout: 30,
)
puts response.code
unless response.success?
  puts response.body
  exit 1
end
pp JSON.parse(response.body)
