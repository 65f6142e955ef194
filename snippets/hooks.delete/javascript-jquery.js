// jQuery 3 on the page: <script src="https://cdn.jsdelivr.net/npm/jquery@3/dist/jquery.min.js"></script>
const url = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID';
const headers = {
  'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN',
};

$.ajax({
  url,
  method: 'DELETE',
  headers,
  dataType: 'text',
})
  .done((data, textStatus, xhr) => {
    console.log(xhr.status);
    console.log(xhr.responseText);
  })
  .fail((xhr, textStatus, errorThrown) => {
    if (xhr.status === 0) {
      // A network, TLS or CORS failure: there is no answer.
      throw new Error(`${textStatus}: the request to ${url} failed`);
    }
    console.log(xhr.status);
    console.log(xhr.responseText);
    throw new Error(`HTTP ${xhr.status} ${errorThrown}`);
  });
