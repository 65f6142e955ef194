<?php

require '/usr/share/php/GuzzleHttp/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Exception\BadResponseException;
use GuzzleHttp\Exception\GuzzleException;

$client = new Client(['timeout' => 30]);
try {
    $response = $client->request('GET', 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets', [
        'headers' => [
            'Authorization' => 'Bearer MGMT_API_ACCESS_TOKEN',
        ],
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
