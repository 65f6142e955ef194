// OkHttp 3.13 (the 3.x API)
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

class Main {
    public static void main(String[] args) throws Exception {
        Request request = new Request.Builder()
                .url("https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true")
                .get()
                .header("Authorization", "Bearer MGMT_API_ACCESS_TOKEN")
                .build();

        OkHttpClient client = new OkHttpClient.Builder()
                .callTimeout(30, TimeUnit.SECONDS)
                .build();
        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
            if (!response.isSuccessful()) {
                throw new IllegalStateException("HTTP " + response.code());
            }
        } finally {
            // The pool keeps the connection open for reuse (over HTTP/2 with a non-daemon reader thread, for 5 minutes): close it so the program ends now.
            client.connectionPool().evictAll();
        }
    }
}
