require 'httparty'

response = HTTParty.delete(
  'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID',
  headers: {
    'Authorization' => 'Bearer MGMT_API_ACCESS_TOKEN',
  },
  timeout: 30,
)
puts response.code
puts response.body
exit 1 unless response.success?
