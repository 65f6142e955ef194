<?php

$payload = [
    'name' => 'my-hook',
    'script' => "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
    'triggerId' => 'pre-user-registration',
    'enabled' => false,
    'dependencies' => [
        'auth0' => '2.30.0'
    ]
];
$body = json_encode(
    $payload,
    JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR
);

$request = new http\Client\Request('POST', 'https://YOUR_DOMAIN/api/v2/hooks', [
    'Authorization' => 'Bearer MGMT_API_ACCESS_TOKEN',
    'Content-Type' => 'application/json',
]);
$request->getBody()->append($body);

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
print_r(json_decode((string) $response->getBody(), true));
