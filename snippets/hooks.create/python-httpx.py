import httpx

url = "https://YOUR_DOMAIN/api/v2/hooks"
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

response = httpx.post(url, headers=headers, json=payload, timeout=30)
print(response.status_code)
if response.is_success:
    print(response.json())
else:
    print(response.text)
response.raise_for_status()
