;; clj-http 2.3 (the 2.x API)
(require '[clj-http.client :as client])

(let [response (client/request {:method :get
                                :url "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID"
                                :headers {"Authorization" "Bearer MGMT_API_ACCESS_TOKEN"}
                                :throw-exceptions false})]
  (println (:status response))
  (println (:body response))
  (when-not (client/success? response)
    (System/exit 1)))
