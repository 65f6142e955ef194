http --check-status \
  GET 'https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true' \
  'Authorization:Bearer MGMT_API_ACCESS_TOKEN'
