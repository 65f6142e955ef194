const url = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets';
const headers = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
  'Content-Type': 'application/json',
};
const payload = {
  HOOK_SECRET_KEY: 'HOOK_SECRET_VALUE'
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
console.log(await response.text());
