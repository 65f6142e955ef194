import axios from 'https://cdn.jsdelivr.net/npm/axios@1/dist/esm/axios.min.js';

const url = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID';
const headers = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
};

try {
  const response = await axios.request({
    method: 'delete',
    url,
    headers,
  });
  console.log(response.status);
  console.log(response.data);
} catch (error) {
  // axios rejects every status outside 2xx; a network, TLS or CORS failure has no response.
  if (error.response) {
    console.log(error.response.status);
    console.log(error.response.data);
  }
  throw error;
}
