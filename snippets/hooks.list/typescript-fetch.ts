const url: string = 'https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true';
const headers: Record<string, string> = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
};

const response: Response = await fetch(url, {
  method: 'GET',
  headers,
});
console.log(response.status);
console.log(await response.text());
if (!response.ok) {
  process.exitCode = 1;
}
