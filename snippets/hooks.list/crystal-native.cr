require "http/client"

headers = HTTP::Headers{
  "Authorization" => "Bearer MGMT_API_ACCESS_TOKEN",
}

response = HTTP::Client.get("https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true", headers: headers)
puts response.status_code
puts response.body
exit 1 unless response.success?
