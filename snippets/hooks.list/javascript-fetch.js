const url = 'https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true';
const headers = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
};

const response = await fetch(url, {
  method: 'GET',
  headers,
});
console.log(response.status);
if (!response.ok) {
  console.log(await response.text());
  throw new Error(`HTTP ${response.status}`);
}
console.log(await response.json());
