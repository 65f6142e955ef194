import httpx

url = "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID"
headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
}

response = httpx.delete(url, headers=headers, timeout=30)
print(response.status_code)
print(response.text)
response.raise_for_status()
