# Runs samples one at a time, each in a child forked from this interpreter once it has loaded the modules samples
# import (import requests alone takes 200-280 ms). The child runs its sample as `python3 sample.py` would: as
# __main__, from its own working folder, with the script's folder first on sys.path, and ends as the interpreter ends
# a script: an uncaught exception printed and exit code 1, sys.exit's code, then the wait for non-daemon threads, the
# atexit handlers and the flush of stdout and stderr. Then it leaves with os._exit: tearing down the interpreter
# (which the sample cannot observe) would touch every object inherited from this host, 0.4 s per child.
# Protocol (verify's SampleHost): prints READY, then for each line "RUN\t<file>\t<folder>\t<stdout file>\t<stderr file>"
# answers "DONE\t<exit code>".
# Usage: python3 sample_host.py <module to load first>...
import atexit
import gc
import os
import runpy
import sys
import traceback

for module in sys.argv[1:]:
    try:
        __import__(module)
    except ImportError:
        # A sample importing it fails alone, as it would in an interpreter of its own.
        pass

# Objects loaded so far are never collected, so a child does not copy their memory pages by touching them.
gc.freeze()
control = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)


def redirect(fd, path, flags):
    opened = os.open(path, flags, 0o644)
    os.dup2(opened, fd)
    os.close(opened)


def show_from_sample(file):
    # A traceback as the sample's own interpreter prints it: from the sample's first frame, without this host's.
    def hook(kind, value, tb):
        while tb is not None and tb.tb_frame.f_code.co_filename != file:
            tb = tb.tb_next
        traceback.print_exception(kind, value, tb)

    return hook


def exit_code(exit):
    # As the interpreter turns sys.exit's argument into an exit code.
    if exit.code is None:
        return 0
    if isinstance(exit.code, int):
        return exit.code & 0xFF
    print(exit.code, file=sys.stderr)
    return 1


def run(file, folder, stdout, stderr):
    redirect(0, os.devnull, os.O_RDONLY)
    redirect(1, stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    redirect(2, stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    sys.excepthook = show_from_sample(file)
    os.chdir(folder)
    sys.argv = [file]
    sys.path[0] = os.path.dirname(file)
    try:
        runpy.run_path(file, run_name="__main__")
        code = 0
    except SystemExit as exit:
        code = exit_code(exit)
    except BaseException:
        sys.excepthook(*sys.exc_info())
        code = 1
    if "threading" in sys.modules:
        sys.modules["threading"]._shutdown()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(code)


control.write("READY\n")
for line in sys.stdin:
    _, file, folder, stdout, stderr = line.rstrip("\n").split("\t")
    child = os.fork()
    if child == 0:
        control.close()
        run(file, folder, stdout, stderr)
    _, status = os.waitpid(child, 0)
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
    control.write(f"DONE\t{code}\n")
