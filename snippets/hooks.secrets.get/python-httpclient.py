import http.client
import json
import sys

headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
}

connection = http.client.HTTPSConnection("YOUR_DOMAIN", timeout=30)
connection.request("GET", "/api/v2/hooks/HOOK_ID/secrets", headers=headers)
response = connection.getresponse()
text = response.read().decode("utf-8", errors="replace")
connection.close()
print(response.status)
if not 200 <= response.status < 300:
    print(text)
    sys.exit(1)
print(json.loads(text))
