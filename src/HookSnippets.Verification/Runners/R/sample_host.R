# Runs samples one at a time, each in a child forked (parallel::mcparallel) from this R once it has loaded the
# packages samples attach. The child runs its sample as `Rscript sample.r` would, from its own working folder, its
# output and messages in the sample's files; an error that reaches the top (stop_for_status, a transport error) is
# printed as Rscript prints it and gives exit code 1, as Rscript's "Execution halted" does.
# Protocol (verify's SampleHost): prints READY, then for each line "RUN\t<file>\t<folder>\t<stdout file>\t<stderr file>"
# answers "DONE\t<exit code>".
# Usage: Rscript sample_host.R <package to load first>...
for (package in commandArgs(trailingOnly = TRUE)) {
  # A sample attaching a missing package fails alone, as it would in an Rscript of its own.
  try(suppressPackageStartupMessages(library(package, character.only = TRUE)), silent = TRUE)
}

run_sample <- function(file, folder, stdout_file, stderr_file) {
  output <- file(stdout_file, open = "wt")
  messages <- file(stderr_file, open = "wt")
  sink(output)
  sink(messages, type = "message")
  setwd(folder)
  status <- tryCatch(
    {
      source(file, local = new.env(parent = globalenv()), encoding = "UTF-8")
      0L
    },
    error = function(e) {
      message("Error: ", conditionMessage(e), "\nExecution halted")
      1L
    }
  )
  sink(type = "message")
  sink()
  close(output)
  close(messages)
  status
}

input <- file("stdin", open = "r")
cat("READY\n")
flush(stdout())
repeat {
  line <- readLines(input, n = 1)
  if (length(line) == 0) break
  fields <- strsplit(line, "\t", fixed = TRUE)[[1]]
  job <- parallel::mcparallel(run_sample(fields[2], fields[3], fields[4], fields[5]))
  result <- parallel::mccollect(job)[[1]]
  # A child that quit R (or crashed) returns nothing: a failure, as its Rscript's non-zero exit would be.
  code <- if (is.integer(result) && length(result) == 1) result else 1L
  cat("DONE\t", code, "\n", sep = "")
  flush(stdout())
}
