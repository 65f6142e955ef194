import { request } from 'undici';

const url = 'https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true';
const headers = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
};

const response = await request(url, {
  method: 'GET',
  headers,
});
console.log(response.statusCode);
console.log(await response.body.text());
if (response.statusCode < 200 || response.statusCode > 299) {
  process.exitCode = 1;
}
