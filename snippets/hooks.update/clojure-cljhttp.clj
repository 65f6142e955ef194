;; clj-http 2.3 (the 2.x API)
(require '[clj-http.client :as client])

(def json "{
  \"script\": \"module.exports = function (user, context, cb) {\\n  cb(null, { user: user });\\n};\",
  \"enabled\": true
}")

(let [response (client/request {:method :patch
                                :url "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID"
                                :headers {"Authorization" "Bearer MGMT_API_ACCESS_TOKEN"
                                          "Content-Type" "application/json"}
                                :body json
                                :throw-exceptions false})]
  (println (:status response))
  (println (:body response))
  (when-not (client/success? response)
    (System/exit 1)))
