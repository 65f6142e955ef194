import json
import sys
import urllib.error
import urllib.request

url = "https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true"
headers = {
    "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
}

request = urllib.request.Request(url, headers=headers, method="GET")
try:
    with urllib.request.urlopen(request, timeout=30) as response:
        print(response.status)
        print(json.load(response))
except urllib.error.HTTPError as error:
    print(error.code)
    print(error.read().decode("utf-8", errors="replace"))
    sys.exit(1)
