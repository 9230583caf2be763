#!/usr/bin/env python3
"""Start-up time and memory of the real program: the time from exec to the first painted
frame (--quit-after-first-paint) and the peak resident memory, for the window under a real
X server (Xvfb) and offscreen, and for the command-line search. Prints a table; asserts
nothing, since the figures depend on the machine.

Usage: startup_bench.py PATH/TO/meldpunt-kiosk [RUNS]
"""
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def measure(command, env, runs):
    times, peaks = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
        if result.returncode != 0:
            return None
        # ru_maxrss of children is the largest child so far: run each case in its own process.
        peaks.append(max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)
    times.sort()
    return statistics.median(times), times[int(0.9 * (len(times) - 1))], max(peaks)


def case_in_own_process(binary, name, args, env, runs, use_xvfb):
    """ru_maxrss of children only grows, so each case runs in a child of its own."""
    code = (
        "import sys, json; sys.path.insert(0, %r); import startup_bench as b; "
        "print(json.dumps(b.measure(%r, None, %d)))" % (os.path.dirname(__file__), [binary] + args, runs)
    )
    command = [sys.executable, "-c", code]
    if use_xvfb:
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24"] + command
    output = subprocess.run(command, env=env, capture_output=True, text=True).stdout.strip().splitlines()
    import json
    return json.loads(output[-1]) if output else None


def main():
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    runtime = tempfile.mkdtemp(prefix="meldpunt-bench-runtime-")
    os.chmod(runtime, 0o700)
    base = dict(os.environ, XDG_RUNTIME_DIR=runtime)
    base.pop("QT_QPA_PLATFORM", None)
    offscreen = dict(base, QT_QPA_PLATFORM="offscreen")
    cases = [
        ("window, offscreen", ["--quit-after-first-paint"], offscreen, False),
        ("kiosk window, offscreen", ["--kiosk", "--quit-after-first-paint"], offscreen, False),
        ("--search anoniem", ["--search", "anoniem"], base, False),
        ("--list", ["--list"], base, False),
    ]
    if shutil.which("xvfb-run"):
        cases.insert(0, ("window, Xvfb (xcb)", ["--quit-after-first-paint"], base, True))
    print(f"{'case':<26} {'runs':>5} {'median ms':>10} {'p90 ms':>8} {'peak RSS MiB':>13}")
    for name, args, env, use_xvfb in cases:
        figures = case_in_own_process(binary, name, args, env, runs, use_xvfb)
        if figures is None:
            print(f"{name:<26} {runs:>5} {'failed':>10}")
            continue
        median, p90, peak = figures
        print(f"{name:<26} {runs:>5} {median:>10.1f} {p90:>8.1f} {peak:>13.1f}")
    shutil.rmtree(runtime, ignore_errors=True)


if __name__ == "__main__":
    main()
