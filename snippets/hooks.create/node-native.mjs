import https from 'node:https';
import { text } from 'node:stream/consumers';

const url = 'https://YOUR_DOMAIN/api/v2/hooks';
const headers = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
  'Content-Type': 'application/json',
};
const payload = {
  name: 'my-hook',
  script: 'module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};',
  triggerId: 'pre-user-registration',
  enabled: false,
  dependencies: {
    auth0: '2.30.0'
  }
};
const body = JSON.stringify(payload);

const response = await new Promise((resolve, reject) => {
  const request = https.request(url, {
    method: 'POST',
    headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
  }, resolve);
  request.on('error', reject);
  request.end(body);
});
console.log(response.statusCode);
console.log(await text(response));
if (response.statusCode < 200 || response.statusCode > 299) {
  process.exitCode = 1;
}
