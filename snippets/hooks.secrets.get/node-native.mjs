import https from 'node:https';
import { text } from 'node:stream/consumers';

const url = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets';
const headers = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
};

const response = await new Promise((resolve, reject) => {
  const request = https.request(url, {
    method: 'GET',
    headers,
  }, resolve);
  request.on('error', reject);
  request.end();
});
console.log(response.statusCode);
console.log(await text(response));
if (response.statusCode < 200 || response.statusCode > 299) {
  process.exitCode = 1;
}
