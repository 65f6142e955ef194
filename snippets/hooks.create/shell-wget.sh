wget --no-verbose \
  --server-response \
  --content-on-error \
  --output-document - \
  --method POST \
  --header 'Authorization: Bearer MGMT_API_ACCESS_TOKEN' \
  --header 'Content-Type: application/json' \
  --body-data '{
  "name": "my-hook",
  "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  "triggerId": "pre-user-registration",
  "enabled": false,
  "dependencies": {
    "auth0": "2.30.0"
  }
}' \
  'https://YOUR_DOMAIN/api/v2/hooks'
