<?php

require '/usr/share/php/GuzzleHttp/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Exception\BadResponseException;
use GuzzleHttp\Exception\GuzzleException;

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

$client = new Client(['timeout' => 30]);
try {
    $response = $client->request('POST', 'https://YOUR_DOMAIN/api/v2/hooks', [
        'headers' => [
            'Authorization' => 'Bearer MGMT_API_ACCESS_TOKEN',
            'Content-Type' => 'application/json',
        ],
        'body' => $body,
    ]);
} catch (BadResponseException $e) {
    echo $e->getResponse()->getStatusCode(), PHP_EOL;
    echo $e->getResponse()->getBody(), PHP_EOL;
    exit(1);
} catch (GuzzleException $e) {
    fwrite(STDERR, 'Request failed: ' . $e->getMessage() . PHP_EOL);
    exit(1);
}

echo $response->getStatusCode(), PHP_EOL;
print_r(json_decode((string) $response->getBody(), true));
