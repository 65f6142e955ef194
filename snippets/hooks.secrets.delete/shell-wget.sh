wget --no-verbose \
  --server-response \
  --content-on-error \
  --output-document - \
  --method DELETE \
  --header 'Authorization: Bearer MGMT_API_ACCESS_TOKEN' \
  --header 'Content-Type: application/json' \
  --body-data '[
  "HOOK_SECRET_KEY"
]' \
  'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets'
