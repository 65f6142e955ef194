require 'faraday'
require 'json'

connection = Faraday.new

response = connection.post('https://YOUR_DOMAIN/api/v2/hooks') do |request|
  request.headers['Authorization'] = 'Bearer MGMT_API_ACCESS_TOKEN'
  request.headers['Content-Type'] = 'application/json'
  payload = {
    'name' => 'my-hook',
    'script' => "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
    'triggerId' => 'pre-user-registration',
    'enabled' => false,
    'dependencies' => {
      'auth0' => '2.30.0'
    }
  }
  request.body = JSON.generate(payload)
end
puts response.status
unless response.success?
  puts response.body
  exit 1
end
pp JSON.parse(response.body)
