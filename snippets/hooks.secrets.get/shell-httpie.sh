http --check-status \
  GET 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets' \
  'Authorization:Bearer MGMT_API_ACCESS_TOKEN'
