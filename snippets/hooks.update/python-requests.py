import requests

url = "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID"
headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
    "Content-Type": "application/json",
}
payload = {
    "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
    "enabled": True
}

response = requests.patch(url, headers=headers, json=payload, timeout=30)
print(response.status_code)
if response.ok:
    print(response.json())
else:
    print(response.text)
response.raise_for_status()
