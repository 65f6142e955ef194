http --check-status \
  --raw '{
  "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  "enabled": true
}' \
  PATCH 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID' \
  'Authorization:Bearer MGMT_API_ACCESS_TOKEN' \
  'Content-Type:application/json'
