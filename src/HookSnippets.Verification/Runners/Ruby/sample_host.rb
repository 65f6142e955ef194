# Runs samples one at a time, each in a child forked from this interpreter once it has loaded the libraries samples
# require. The child runs its sample as `ruby sample.rb` would: at top level with $0 naming it, from its own working
# folder; its exit code (an uncaught exception gives 1, exit its own) and at_exit handlers are the interpreter's own.
# Protocol (verify's SampleHost): prints READY, then for each line "RUN\t<file>\t<folder>\t<stdout file>\t<stderr file>"
# answers "DONE\t<exit code>".
# Usage: ruby sample_host.rb <library to require first>...
ARGV.each do |library|
  require library
rescue LoadError
  # A sample requiring it fails alone, as it would in an interpreter of its own.
  nil
end
ARGV.clear

control = $stdout.dup
control.sync = true
control.puts 'READY'
while (line = $stdin.gets)
  _, file, folder, stdout, stderr = line.chomp.split("\t")
  child = fork do
    control.close
    $stdin.reopen(File::NULL)
    $stdout.reopen(stdout, 'w')
    $stderr.reopen(stderr, 'w')
    Dir.chdir(folder)
    $PROGRAM_NAME = file
    begin
      load(file)
    rescue Exception => e # rubocop:disable Lint/RescueException -- re-raised: only its backtrace changes
      # The backtrace as the sample's own interpreter prints it, without this host's frames.
      e.set_backtrace(e.backtrace.reject { |frame| frame.start_with?(__FILE__) }) if e.backtrace
      raise
    end
  end
  Process.wait(child)
  status = $?
  control.puts "DONE\t#{status.exited? ? status.exitstatus : 128 + status.termsig.to_i}"
end
