http --check-status \
  --raw '{
  "name": "my-hook",
  "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  "triggerId": "pre-user-registration",
  "enabled": false,
  "dependencies": {
    "auth0": "2.30.0"
  }
}' \
  POST 'https://YOUR_DOMAIN/api/v2/hooks' \
  'Authorization:Bearer MGMT_API_ACCESS_TOKEN' \
  'Content-Type:application/json'
