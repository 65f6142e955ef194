import json
import sys
import urllib.error
import urllib.request

url = "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets"
headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
    "Content-Type": "application/json",
}
payload = {
    "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE"
}
data = json.dumps(payload, ensure_ascii=False).encode("utf-8")

request = urllib.request.Request(url, data=data, headers=headers, method="POST")
try:
    with urllib.request.urlopen(request, timeout=30) as response:
        print(response.status)
        print(response.read().decode("utf-8", errors="replace"))
except urllib.error.HTTPError as error:
    print(error.code)
    print(error.read().decode("utf-8", errors="replace"))
    sys.exit(1)
