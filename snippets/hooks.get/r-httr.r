library(httr)

# httr reads no CA variable: a bundle named in CURL_CA_BUNDLE (a private CA) is passed to curl.
ca_bundle <- Sys.getenv("CURL_CA_BUNDLE")
if (nzchar(ca_bundle)) set_config(config(cainfo = ca_bundle))

url <- "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID"

response <- GET(
  url,
  add_headers(.headers = c(
    "Authorization" = "Bearer MGMT_API_ACCESS_TOKEN"
  )),
  timeout(30)
)
cat(status_code(response), "\n", sep = "")
if (http_error(response)) {
  cat(content(response, as = "text", encoding = "UTF-8"), "\n", sep = "")
  stop_for_status(response)
}
print(content(response, as = "parsed", type = "application/json", encoding = "UTF-8"))
