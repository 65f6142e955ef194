require 'faraday'

connection = Faraday.new

response = connection.delete('https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID') do |request|
  request.headers['Authorization'] = 'Bearer MGMT_API_ACCESS_TOKEN'
end
puts response.status
puts response.body
exit 1 unless response.success?
