;; The syntax check of Clojure samples: each file is read form by form by the Clojure reader (unbalanced brackets, a
;; bad escape, a duplicate map key), in a namespace of its own; its require and import forms are evaluated (aliases are
;; resolved when code compiles) and every other form is compiled, not run, as the body of a function that is never
;; called, so an unresolved symbol, a wrong arity of a special form or a missing class is reported too. Reflection
;; warnings in the samples count (the libraries are loaded first, with no warnings: clj-http's own reflection is not
;; the sample's). Prints "<file>: <message>" for each problem; exit code 1 when any.
;; Usage: java -cp <clj-http.jar> clojure.main check_syntax.clj <file.clj>...
(require 'clojure.main 'clj-http.client 'clojure.java.io 'clojure.string)

(defn problems [n ^String path]
  (binding [*ns* (create-ns (symbol (str "check" n)))
            *warn-on-reflection* true]
    (refer-clojure)
    (let [warnings (java.io.StringWriter.)]
      (try
        (binding [*err* (java.io.PrintWriter. warnings)]
          (with-open [reader (clojure.lang.LineNumberingPushbackReader. (clojure.java.io/reader path :encoding "UTF-8"))]
            (loop []
              (let [form (read {:eof ::eof} reader)]
                (when-not (= form ::eof)
                  (if (and (seq? form) (#{'require 'import} (first form)))
                    (eval form)
                    (eval (list 'fn [] form)))
                  (recur))))))
        (concat (remove clojure.string/blank? (clojure.string/split-lines (str warnings))))
        (catch Throwable t
          (concat (remove clojure.string/blank? (clojure.string/split-lines (str warnings)))
                  [(clojure.main/ex-str (clojure.main/ex-triage (Throwable->map t)))]))))))

(let [failed (atom false)]
  (doseq [[n path] (map-indexed vector *command-line-args*)]
    (doseq [problem (problems n path)]
      (reset! failed true)
      (println (str path ": " (clojure.string/replace problem "\n" " ")))))
  (shutdown-agents)
  (System/exit (if @failed 1 0)))
