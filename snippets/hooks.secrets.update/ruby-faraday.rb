require 'faraday'
require 'json'

connection = Faraday.new

response = connection.patch('https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets') do |request|
  request.headers['Authorization'] = 'Bearer MGMT_API_ACCESS_TOKEN'
  request.headers['Content-Type'] = 'application/json'
  payload = {
    'HOOK_SECRET_KEY' => 'HOOK_SECRET_VALUE'
  }
  request.body = JSON.generate(payload)
end
puts response.status
puts response.body
exit 1 unless response.success?
