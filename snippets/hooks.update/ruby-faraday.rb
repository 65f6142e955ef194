require 'faraday'
require 'json'

connection = Faraday.new

response = connection.patch('https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID') do |request|
  request.headers['Authorization'] = 'Bearer MGMT_API_ACCESS_TOKEN'
  request.headers['Content-Type'] = 'application/json'
  payload = {
    'script' => "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
    'enabled' => true
  }
  request.body = JSON.generate(payload)
end
puts response.status
unless response.success?
  puts response.body
  exit 1
end
pp JSON.parse(response.body)
