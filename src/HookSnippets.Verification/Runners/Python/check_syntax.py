# Compiles each file without running it, as python3 -m py_compile does for one; -W error on the command line makes a
# compile-time warning (an invalid escape sequence) a failure.
# Usage: python3 -W error check_syntax.py <file.py>...
# Prints "<file>: <message>" on stderr for each file that fails; exit code 1 when any fails.
import sys

failed = False
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as f:
            compile(f.read(), path, "exec")
    except (SyntaxError, SyntaxWarning, ValueError) as e:
        print(f"{path}: {e}", file=sys.stderr)
        failed = True
sys.exit(1 if failed else 0)
