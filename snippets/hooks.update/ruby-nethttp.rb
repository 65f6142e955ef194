require 'json'
require 'net/http'

uri = URI('https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID')
request = Net::HTTP::Patch.new(uri)
request['Authorization'] = 'Bearer MGMT_API_ACCESS_TOKEN'
request['Content-Type'] = 'application/json'
payload = {
  'script' => "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  'enabled' => true
}
request.body = JSON.generate(payload)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.code
unless response.is_a?(Net::HTTPSuccess)
  puts response.body
  exit 1
end
pp JSON.parse(response.body)
