#!/usr/bin/env python3
"""The moments a visitor feels (meldpunt-ui-bench), offscreen and under a real X server:
Xvfb with the openbox window manager, input sent by xdotool through XTest. Prints each
run's table; asserts nothing, since the figures depend on the machine.

Usage: ui_bench.py PATH/TO/meldpunt-ui-bench [ARGUMENTS FOR IT]
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time


def start_xvfb(log):
    """Xvfb on a free display number (-displayfd), 1280x1024; returns (process, ':N')."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=log, stderr=log)
    os.close(write)
    number = b""
    deadline = time.monotonic() + 20
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    if not number.strip():
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, ":" + number.decode().strip()


def wait_for_window_manager(env, seconds=10):
    """openbox is up once it owns the screen's WM_S0 selection (xprop shows it as the
    root's _NET_SUPPORTING_WM_CHECK)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True, text=True)
        if "window id" in result.stdout:
            return True
        time.sleep(0.1)
    return False


def main():
    bench = os.path.abspath(sys.argv[1])
    arguments = sys.argv[2:]
    runtime = tempfile.mkdtemp(prefix="meldpunt-ui-bench-")
    os.chmod(runtime, 0o700)
    base = dict(os.environ, XDG_RUNTIME_DIR=runtime, LC_ALL="C.UTF-8")
    base.pop("QT_QPA_PLATFORM", None)
    base.pop("DISPLAY", None)
    base.pop("WAYLAND_DISPLAY", None)
    status = 0
    try:
        print("meldpunt-ui-bench offscreen", flush=True)
        status |= subprocess.run([bench] + arguments, env=dict(base, QT_QPA_PLATFORM="offscreen")).returncode

        missing = [tool for tool in ("Xvfb", "openbox", "xdotool", "xprop") if not shutil.which(tool)]
        if missing:
            print("\nNot run under X11: %s missing (Debian: xvfb, openbox, xdotool, x11-utils)" % ", ".join(missing))
            return status
        with open(os.path.join(runtime, "x.log"), "w") as log:
            server, display = start_xvfb(log)
            env = dict(base, DISPLAY=display, QT_QPA_PLATFORM="xcb")
            manager = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=log, stderr=log)
            try:
                if not wait_for_window_manager(env):
                    print("\nopenbox did not start; running under Xvfb without a window manager")
                print("\nmeldpunt-ui-bench under Xvfb %s with openbox" % display, flush=True)
                status |= subprocess.run([bench] + arguments, env=env).returncode
            finally:
                manager.terminate()
                server.terminate()
                for process in (manager, server):
                    try:
                        process.wait(10)
                    except subprocess.TimeoutExpired:
                        process.kill()
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
