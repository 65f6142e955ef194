// OkHttp 3.13 (the 3.x API), Kotlin 1.3
import java.util.concurrent.TimeUnit
import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val json = """
        {
          "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
          "enabled": true
        }
        """.trimIndent()
    val content = json.toByteArray(Charsets.UTF_8)

    val body = RequestBody.create(MediaType.get("application/json"), content)

    val request = Request.Builder()
        .url("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID")
        .patch(body)
        .header("Authorization", "Bearer MGMT_API_ACCESS_TOKEN")
        .build()

    val client = OkHttpClient.Builder()
        .callTimeout(30, TimeUnit.SECONDS)
        .build()
    try {
        client.newCall(request).execute().use { response ->
            println(response.code())
            println(response.body()!!.string())
            check(response.isSuccessful) { "HTTP " + response.code() }
        }
    } finally {
        // The pool keeps the connection open for reuse (over HTTP/2 with a non-daemon reader thread, for 5 minutes): close it so the program ends now.
        client.connectionPool().evictAll()
    }
}
