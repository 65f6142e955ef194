import json
import sys
import urllib.error
import urllib.request

url = "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID"
headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
    "Content-Type": "application/json",
}
payload = {
    "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
    "enabled": True
}
data = json.dumps(payload, ensure_ascii=False).encode("utf-8")

request = urllib.request.Request(url, data=data, headers=headers, method="PATCH")
try:
    with urllib.request.urlopen(request, timeout=30) as response:
        print(response.status)
        print(json.load(response))
except urllib.error.HTTPError as error:
    print(error.code)
    print(error.read().decode("utf-8", errors="replace"))
    sys.exit(1)
