import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

class Main {
    public static void main(String[] args) throws Exception {
        String json = """
                {
                  "script": "module.exports = function (user, context, cb) {\\n  cb(null, { user: user });\\n};",
                  "enabled": true
                }""";

        try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
            Response response = client.preparePatch("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID")
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
