import axios from 'axios';

const url = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets';
const headers = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
  'Content-Type': 'application/json',
};
const data = [
  'HOOK_SECRET_KEY'
];

try {
  const response = await axios.request({
    method: 'delete',
    url,
    headers,
    data,
  });
  console.log(response.status);
  console.log(response.data);
} catch (error) {
  // axios rejects every status outside 2xx; a transport error has no response and is re-thrown (exit code 1).
  if (!error.response) {
    throw error;
  }
  console.log(error.response.status);
  console.log(error.response.data);
  process.exitCode = 1;
}
