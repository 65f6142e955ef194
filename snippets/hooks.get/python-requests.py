import requests

url = "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID"
headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
}

response = requests.get(url, headers=headers, timeout=30)
print(response.status_code)
if response.ok:
    print(response.json())
else:
    print(response.text)
response.raise_for_status()
