import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

class Main {
    public static void main(String[] args) throws Exception {
        try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
            Response response = client.prepareDelete("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID")
                    .addHeader("Authorization", "Bearer MGMT_API_ACCESS_TOKEN")
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
