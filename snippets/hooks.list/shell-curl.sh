curl --request GET \
  --url 'https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true' \
  --header 'Authorization: Bearer MGMT_API_ACCESS_TOKEN'
