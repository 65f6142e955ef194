# Compiles each file without running it, as ruby -c does for one; -w on the command line prints warnings on stderr,
# each naming its file.
# Usage: ruby -w check_syntax.rb <file.rb>...
# Prints "<file>: <message>" on stderr for each file that fails; exit code 1 when any fails.
failed = false
ARGV.each do |file|
  RubyVM::InstructionSequence.compile_file(file)
rescue SyntaxError => e
  warn "#{file}: #{e.message}"
  failed = true
end
exit(failed ? 1 : 0)
