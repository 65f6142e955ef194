curl --request PATCH \
  --url 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID' \
  --header 'Authorization: Bearer MGMT_API_ACCESS_TOKEN' \
  --header 'Content-Type: application/json' \
  --data '{
  "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  "enabled": true
}'
