import http.client
import json
import sys

headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
    "Content-Type": "application/json",
}
payload = {
    "name": "my-hook",
    "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
    "triggerId": "pre-user-registration",
    "enabled": False,
    "dependencies": {
        "auth0": "2.30.0"
    }
}
body = json.dumps(payload, ensure_ascii=False).encode("utf-8")

connection = http.client.HTTPSConnection("YOUR_DOMAIN", timeout=30)
connection.request("POST", "/api/v2/hooks", body=body, headers=headers)
response = connection.getresponse()
text = response.read().decode("utf-8", errors="replace")
connection.close()
print(response.status)
if not 200 <= response.status < 300:
    print(text)
    sys.exit(1)
print(json.loads(text))
