http --check-status \
  --raw '{
  "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE"
}' \
  POST 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets' \
  'Authorization:Bearer MGMT_API_ACCESS_TOKEN' \
  'Content-Type:application/json'
