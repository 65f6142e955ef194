require 'faraday'
require 'json'

connection = Faraday.new

response = connection.get('https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets') do |request|
  request.headers['Authorization'] = 'Bearer MGMT_API_ACCESS_TOKEN'
end
puts response.status
unless response.success?
  puts response.body
  exit 1
end
pp JSON.parse(response.body)
