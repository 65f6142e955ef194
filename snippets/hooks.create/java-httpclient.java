import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

class Main {
    public static void main(String[] args) throws Exception {
        String json = """
                {
                  "name": "my-hook",
                  "script": "module.exports = function (user, context, cb) {\\n  cb(null, { user: user });\\n};",
                  "triggerId": "pre-user-registration",
                  "enabled": false,
                  "dependencies": {
                    "auth0": "2.30.0"
                  }
                }""";

        HttpRequest request = HttpRequest.newBuilder(URI.create("https://YOUR_DOMAIN/api/v2/hooks"))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer MGMT_API_ACCESS_TOKEN")
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .build();

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode());
        System.out.println(response.body());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
    }
}
