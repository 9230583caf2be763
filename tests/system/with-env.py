# Runs a program with exactly the given environment entries, repeated names included (env(1),
# the shell and os.execve keep one of each): with-env.py NAME=value ... -- PROGRAM ARGS...
import ctypes
import sys

n = sys.argv.index("--")
libc = ctypes.CDLL(None, use_errno=True)


def strings(items):
    return (ctypes.c_char_p * (len(items) + 1))(*[item.encode() for item in items], None)


libc.execve(sys.argv[n + 1].encode(), strings(sys.argv[n + 1:]), strings(sys.argv[1:n]))
sys.exit("with-env.py: execve failed: errno %d" % ctypes.get_errno())
