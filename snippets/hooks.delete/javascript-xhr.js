const url = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID';

const xhr = new XMLHttpRequest();
xhr.open('DELETE', url);
xhr.setRequestHeader('Authorization', 'Bearer MGMT_API_ACCESS_TOKEN');
xhr.onload = () => {
  console.log(xhr.status);
  if (xhr.status < 200 || xhr.status > 299) {
    console.log(xhr.responseText);
    throw new Error(`HTTP ${xhr.status}`);
  }
  console.log(xhr.responseText);
};
xhr.onerror = () => {
  throw new Error(`${xhr.statusText || 'network error'}: the request to ${url} failed`);
};
xhr.send();
