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

const response = await fetch(url, {
  method: 'POST',
  headers,
  body: JSON.stringify(payload),
});
console.log(response.status);
if (!response.ok) {
  console.log(await response.text());
  throw new Error(`HTTP ${response.status}`);
}
console.log(await response.json());
