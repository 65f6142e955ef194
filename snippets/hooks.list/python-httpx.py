import httpx

url = "https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true"
headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
}

response = httpx.get(url, headers=headers, timeout=30)
print(response.status_code)
if response.is_success:
    print(response.json())
else:
    print(response.text)
response.raise_for_status()
