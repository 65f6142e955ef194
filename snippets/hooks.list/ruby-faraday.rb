require 'faraday'
require 'json'

# Faraday would decode the query and encode it again (a %20 becomes +): this encoder keeps it as written.
module RawQuery
  def self.decode(query)
    { query => nil }
  end

  def self.encode(params)
    params.keys.join('&')
  end
end

connection = Faraday.new(request: { params_encoder: RawQuery })

response = connection.get('https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true') do |request|
  request.headers['Authorization'] = 'Bearer MGMT_API_ACCESS_TOKEN'
end
puts response.status
unless response.success?
  puts response.body
  exit 1
end
pp JSON.parse(response.body)
