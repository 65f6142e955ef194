import httpx

url = "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID"
headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
    "Content-Type": "application/json",
}
payload = {
    "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
    "enabled": True
}

response = httpx.patch(url, headers=headers, json=payload, timeout=30)
print(response.status_code)
if response.is_success:
    print(response.json())
else:
    print(response.text)
response.raise_for_status()
