const url: string = 'https://YOUR_DOMAIN/api/v2/hooks';
const headers: Record<string, string> = {
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
const body: string = JSON.stringify(payload);

const response: Response = await fetch(url, {
  method: 'POST',
  headers,
  body,
});
console.log(response.status);
console.log(await response.text());
if (!response.ok) {
  process.exitCode = 1;
}
