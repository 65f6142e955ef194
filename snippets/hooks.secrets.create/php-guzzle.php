<?php

require '/usr/share/php/GuzzleHttp/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Exception\BadResponseException;
use GuzzleHttp\Exception\GuzzleException;

$payload = [
    'HOOK_SECRET_KEY' => 'HOOK_SECRET_VALUE'
];
$body = json_encode(
    $payload,
    JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR
);

$client = new Client(['timeout' => 30]);
try {
    $response = $client->request('POST', 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets', [
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
echo $response->getBody(), PHP_EOL;
