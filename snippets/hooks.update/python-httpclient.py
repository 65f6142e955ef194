import http.client
import json
import sys

headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
    "Content-Type": "application/json",
}
payload = {
    "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
    "enabled": True
}
body = json.dumps(payload, ensure_ascii=False).encode("utf-8")

connection = http.client.HTTPSConnection("YOUR_DOMAIN", timeout=30)
connection.request("PATCH", "/api/v2/hooks/HOOK_ID", body=body, headers=headers)
response = connection.getresponse()
text = response.read().decode("utf-8", errors="replace")
connection.close()
print(response.status)
if not 200 <= response.status < 300:
    print(text)
    sys.exit(1)
print(json.loads(text))
