#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>

/* A failed libcurl call ends the program with curl's own message. */
static void check(CURLcode code)
{
    if (code != CURLE_OK) {
        fprintf(stderr, "Request failed: %s\n", curl_easy_strerror(code));
        exit(1);
    }
}

struct response {
    char *data;
    size_t size;
};

/* libcurl hands the body over in chunks: keep them, to print after the status. */
static size_t collect(char *chunk, size_t size, size_t count, void *userdata)
{
    struct response *response = userdata;
    size_t length = size * count;
    char *data = realloc(response->data, response->size + length);
    if (data == NULL) {
        return 0;
    }
    memcpy(data + response->size, chunk, length);
    response->data = data;
    response->size += length;
    return length;
}

int main(void)
{
    check(curl_global_init(CURL_GLOBAL_DEFAULT));
    CURL *curl = curl_easy_init();
    if (curl == NULL) {
        fprintf(stderr, "curl_easy_init failed\n");
        return 1;
    }

    check(curl_easy_setopt(curl, CURLOPT_URL, "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets"));
    check(curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "DELETE"));

    struct curl_slist *headers = NULL;
    headers = curl_slist_append(headers, "Authorization: Bearer MGMT_API_ACCESS_TOKEN");
    if (headers == NULL) {
        fprintf(stderr, "curl_slist_append failed\n");
        return 1;
    }
    headers = curl_slist_append(headers, "Content-Type: application/json");
    if (headers == NULL) {
        fprintf(stderr, "curl_slist_append failed\n");
        return 1;
    }
    check(curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers));

    static const char json[] =
        "[\n"
        "  \"HOOK_SECRET_KEY\"\n"
        "]";
    check(curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, (long)(sizeof json - 1)));
    check(curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json));

    /* As the curl tool does: a CA bundle named in CURL_CA_BUNDLE, else libcurl's default one. */
    const char *ca_bundle = getenv("CURL_CA_BUNDLE");
    if (ca_bundle != NULL) {
        check(curl_easy_setopt(curl, CURLOPT_CAINFO, ca_bundle));
    }

    struct response response = { NULL, 0 };
    check(curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect));
    check(curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response));
    check(curl_easy_perform(curl));

    long status;
    check(curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status));
    printf("%ld\n", status);
    if (response.size > 0) {
        fwrite(response.data, 1, response.size, stdout);
    }
    printf("\n");

    free(response.data);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    curl_global_cleanup();
    return status >= 200 && status < 300 ? 0 : 1;
}
