wget --no-verbose \
  --server-response \
  --content-on-error \
  --output-document - \
  --method GET \
  --header 'Authorization: Bearer MGMT_API_ACCESS_TOKEN' \
  'https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true'
