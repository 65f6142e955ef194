<?php

$url = 'https://YOUR_DOMAIN/api/v2/hooks';
$headers = [
    'Authorization: Bearer MGMT_API_ACCESS_TOKEN',
    'Content-Type: application/json',
];
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

$curl = curl_init($url);
curl_setopt_array($curl, [
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => $headers,
    CURLOPT_POSTFIELDS => $body,
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
