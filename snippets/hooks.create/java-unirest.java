// Unirest for Java 1.4 (com.mashape.unirest)
import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;

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

        try {
            HttpResponse<String> response = Unirest.post("https://YOUR_DOMAIN/api/v2/hooks")
                    .header("Authorization", "Bearer MGMT_API_ACCESS_TOKEN")
                    .header("Content-Type", "application/json")
                    .body(json)
                    .asString();
            System.out.println(response.getStatus());
            System.out.println(response.getBody());
            if (response.getStatus() < 200 || response.getStatus() > 299) {
                throw new IllegalStateException("HTTP " + response.getStatus());
            }
        } finally {
            // Unirest's shared clients keep background threads: shut them down so the program ends.
            Unirest.shutdown();
        }
    }
}
