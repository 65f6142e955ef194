# Parses each file without running it, as R does before running one.
# Usage: Rscript check_syntax.R <file.r>...
# Prints "<file>: <message>" on stderr for each file that fails or warns; exit code 1 when any does.
failed <- FALSE
for (file in commandArgs(trailingOnly = TRUE)) {
  problem <- tryCatch(
    {
      parse(file, encoding = "UTF-8")
      NULL
    },
    error = function(e) conditionMessage(e),
    warning = function(w) conditionMessage(w)
  )
  if (!is.null(problem)) {
    message(file, ": ", problem)
    failed <- TRUE
  }
}
quit(status = if (failed) 1 else 0)
