<?php

$url = 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets';
$headers = [
    'Authorization: Bearer MGMT_API_ACCESS_TOKEN',
];

$curl = curl_init($url);
curl_setopt_array($curl, [
    CURLOPT_CUSTOMREQUEST => 'GET',
    CURLOPT_HTTPHEADER => $headers,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 30,
]);
$response = curl_exec($curl);
if ($response === false) {
    fwrite(STDERR, 'Request failed: ' . curl_error($curl) . PHP_EOL);
    exit(1);
}
$status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
echo $status, PHP_EOL;
if ($status < 200 || $status >= 300) {
    echo $response, PHP_EOL;
    exit(1);
}
print_r(json_decode($response, true));
