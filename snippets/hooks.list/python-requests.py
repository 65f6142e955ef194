import requests

url = "https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true"
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
