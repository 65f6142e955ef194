;; clj-http 2.3 (the 2.x API)
(require '[clj-http.client :as client])

(def json "{
  \"HOOK_SECRET_KEY\": \"HOOK_SECRET_VALUE\"
}")

(let [response (client/request {:method :patch
                                :url "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets"
                                :headers {"Authorization" "Bearer MGMT_API_ACCESS_TOKEN"
                                          "Content-Type" "application/json"}
                                :body json
                                :throw-exceptions false})]
  (println (:status response))
  (println (:body response))
  (when-not (client/success? response)
    (System/exit 1)))
