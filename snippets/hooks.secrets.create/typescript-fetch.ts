const url: string = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets';
const headers: Record<string, string> = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
  'Content-Type': 'application/json',
};
const payload = {
  HOOK_SECRET_KEY: 'HOOK_SECRET_VALUE'
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
