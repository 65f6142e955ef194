import httpx

url = "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets"
headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
    "Content-Type": "application/json",
}
payload = {
    "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE"
}

response = httpx.patch(url, headers=headers, json=payload, timeout=30)
print(response.status_code)
print(response.text)
response.raise_for_status()
