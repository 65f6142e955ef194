// Unirest for Java 1.4 (com.mashape.unirest)
import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;

class Main {
    public static void main(String[] args) throws Exception {
        try {
            HttpResponse<String> response = Unirest.get("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID")
                    .header("Authorization", "Bearer MGMT_API_ACCESS_TOKEN")
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
