wget --no-verbose \
  --server-response \
  --content-on-error \
  --output-document - \
  --method PATCH \
  --header 'Authorization: Bearer MGMT_API_ACCESS_TOKEN' \
  --header 'Content-Type: application/json' \
  --body-data '{
  "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  "enabled": true
}' \
  'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID'
