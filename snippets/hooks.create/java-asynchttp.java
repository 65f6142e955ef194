import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

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

        try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
            Response response = client.preparePost("https://YOUR_DOMAIN/api/v2/hooks")
                    .addHeader("Authorization", "Bearer MGMT_API_ACCESS_TOKEN")
                    .addHeader("Content-Type", "application/json")
                    .setBody(json)
                    .execute()
                    .get();
            System.out.println(response.getStatusCode());
            System.out.println(response.getResponseBody());
            if (response.getStatusCode() < 200 || response.getStatusCode() > 299) {
                throw new IllegalStateException("HTTP " + response.getStatusCode());
            }
        }
    }
}
