const url = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID';
const headers = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
  'Content-Type': 'application/json',
};
const payload = {
  script: 'module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};',
  enabled: true
};

const response = await fetch(url, {
  method: 'PATCH',
  headers,
  body: JSON.stringify(payload),
});
console.log(response.status);
if (!response.ok) {
  console.log(await response.text());
  throw new Error(`HTTP ${response.status}`);
}
console.log(await response.json());
