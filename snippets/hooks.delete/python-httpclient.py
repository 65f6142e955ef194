import http.client
import sys

headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
}

connection = http.client.HTTPSConnection("YOUR_DOMAIN", timeout=30)
connection.request("DELETE", "/api/v2/hooks/HOOK_ID", headers=headers)
response = connection.getresponse()
text = response.read().decode("utf-8", errors="replace")
connection.close()
print(response.status)
print(text)
if not 200 <= response.status < 300:
    sys.exit(1)
