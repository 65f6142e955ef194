curl --request DELETE \
  --url 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID' \
  --header 'Authorization: Bearer MGMT_API_ACCESS_TOKEN'
