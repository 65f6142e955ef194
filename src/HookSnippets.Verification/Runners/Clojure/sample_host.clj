;; Runs Clojure samples one at a time in this JVM, each loaded as `clojure sample.clj` would load it but in a namespace
;; of its own (sampleN, clojure.core referred), so that the JVM's start-up and the loading of clj-http (several seconds)
;; are paid once per worker rather than per sample. A sample's turn ends when its file has been loaded: exit code 0,
;; or 1 with the error printed as clojure.main prints it. A sample that calls System/exit ends this host with its exit
;; code; verify then starts a fresh host for the next sample. A JVM cannot change its working folder: verify runs a
;; sample whose folder holds files besides its own in a JVM of its own instead.
;; Protocol (verify's SampleHost): prints READY, then for each line
;; "RUN\t<sample file>\t<working folder>\t<stdout file>\t<stderr file>" answers "DONE\t<exit code>".
(require 'clj-http.client 'clojure.java.io 'clojure.string 'clojure.main)
(import '[java.io BufferedReader FileDescriptor FileOutputStream InputStreamReader OutputStreamWriter PrintStream PrintWriter])

(def control (PrintStream. (FileOutputStream. FileDescriptor/out) true "UTF-8"))

(defn run-sample [n path stdout stderr]
  (with-open [out (PrintStream. (FileOutputStream. ^String stdout) true "UTF-8")
              err (PrintStream. (FileOutputStream. ^String stderr) true "UTF-8")]
    (System/setOut out)
    (System/setErr err)
    (let [out-writer (OutputStreamWriter. out "UTF-8")
          err-writer (PrintWriter. (OutputStreamWriter. err "UTF-8") true)]
      (try
        (binding [*out* out-writer
                  *err* err-writer
                  *ns* (create-ns (symbol (str "sample" n)))]
          (try
            (refer-clojure)
            (load-file path)
            0
            (catch Throwable t
              (.println err-writer (clojure.main/ex-str (clojure.main/ex-triage (Throwable->map t))))
              (.printStackTrace t err-writer)
              1)))
        (finally
          (.flush out-writer)
          (.flush err-writer))))))

(let [requests (BufferedReader. (InputStreamReader. System/in "UTF-8"))]
  (System/setIn (java.io.ByteArrayInputStream. (byte-array 0)))
  (.println control "READY")
  (loop [n 0]
    (when-let [line (.readLine requests)]
      (let [[_ path _ stdout stderr] (clojure.string/split line #"\t" -1)]
        (.println control (str "DONE\t" (run-sample n path stdout stderr))))
      (recur (inc n)))))
