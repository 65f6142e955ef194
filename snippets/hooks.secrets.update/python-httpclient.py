import http.client
import json
import sys

headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
    "Content-Type": "application/json",
}
payload = {
    "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE"
}
body = json.dumps(payload, ensure_ascii=False).encode("utf-8")

connection = http.client.HTTPSConnection("YOUR_DOMAIN", timeout=30)
connection.request("PATCH", "/api/v2/hooks/HOOK_ID/secrets", body=body, headers=headers)
response = connection.getresponse()
text = response.read().decode("utf-8", errors="replace")
connection.close()
print(response.status)
print(text)
if not 200 <= response.status < 300:
    sys.exit(1)
