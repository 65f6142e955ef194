<?php

$request = new http\Client\Request('DELETE', 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID', [
    'Authorization' => 'Bearer MGMT_API_ACCESS_TOKEN',
]);

$client = new http\Client();
$client->setOptions(['timeout' => 30]);
if (getenv('CURL_CA_BUNDLE')) {
    $client->setSslOptions(['cainfo' => getenv('CURL_CA_BUNDLE'), 'tlsauthtype' => http\Client\Curl\TLSAUTH_SRP]);
}
try {
    $client->enqueue($request)->send();
} catch (http\Exception $e) {
    fwrite(STDERR, 'Request failed: ' . $e->getMessage() . PHP_EOL);
    exit(1);
}
$response = $client->getResponse($request);

$status = $response->getResponseCode();
echo $status, PHP_EOL;
if ($status < 200 || $status >= 300) {
    echo $response->getBody(), PHP_EOL;
    exit(1);
}
echo $response->getBody(), PHP_EOL;
