;; clj-http 2.3 (the 2.x API)
(require '[clj-http.client :as client])

(def json "{
  \"name\": \"my-hook\",
  \"script\": \"module.exports = function (user, context, cb) {\\n  cb(null, { user: user });\\n};\",
  \"triggerId\": \"pre-user-registration\",
  \"enabled\": false,
  \"dependencies\": {
    \"auth0\": \"2.30.0\"
  }
}")

(let [response (client/request {:method :post
                                :url "https://YOUR_DOMAIN/api/v2/hooks"
                                :headers {"Authorization" "Bearer MGMT_API_ACCESS_TOKEN"
                                          "Content-Type" "application/json"}
                                :body json
                                :throw-exceptions false})]
  (println (:status response))
  (println (:body response))
  (when-not (client/success? response)
    (System/exit 1)))
