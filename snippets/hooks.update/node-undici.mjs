import { request } from 'undici';

const url = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID';
const headers = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
  'Content-Type': 'application/json',
};
const payload = {
  script: 'module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};',
  enabled: true
};
const body = JSON.stringify(payload);

const response = await request(url, {
  method: 'PATCH',
  headers,
  body,
});
console.log(response.statusCode);
console.log(await response.body.text());
if (response.statusCode < 200 || response.statusCode > 299) {
  process.exitCode = 1;
}
