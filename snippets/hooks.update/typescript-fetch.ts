const url: string = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID';
const headers: Record<string, string> = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
  'Content-Type': 'application/json',
};
const payload = {
  script: 'module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};',
  enabled: true
};
const body: string = JSON.stringify(payload);

const response: Response = await fetch(url, {
  method: 'PATCH',
  headers,
  body,
});
console.log(response.status);
console.log(await response.text());
if (!response.ok) {
  process.exitCode = 1;
}
