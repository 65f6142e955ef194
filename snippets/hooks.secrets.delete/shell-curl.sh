curl --request DELETE \
  --url 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets' \
  --header 'Authorization: Bearer MGMT_API_ACCESS_TOKEN' \
  --header 'Content-Type: application/json' \
  --data '[
  "HOOK_SECRET_KEY"
]'
