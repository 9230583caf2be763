#!/usr/bin/python3
"""Touch as a kiosk's touch panel sends it: the real program in kiosk mode under Xvfb with
openbox at 1024x600, driven by xdotool's pointer (what a panel that presents itself as a
pointer sends), judged by what the screen shows.

  - a drag that starts on a tile of the home page scrolls the page and opens no tile;
  - a drag that starts on a search result scrolls the list and opens nothing;
  - a tap on a tile opens it.

"Opens nothing" is judged by scrolling back with the wheel: the screen is the one before the
drag again. Run under xvfb-run (see tests/system/CMakeLists.txt):

    touch-drag.py BINARY     exit 0 when all holds; 77 when a tool is missing
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

WIDTH, HEIGHT = 1024, 600
# The caret blinks in the search field: a few hundred pixels may differ on the same page.
SAME_PAGE_PIXELS = 600


def shot(path):
    subprocess.run(["import", "-window", "root", "-depth", "8", f"ppm:{path}"], check=True)
    with open(path, "rb") as f:
        data = f.read()
    # P6\n1024 600\n255\n<pixels>
    header_end = 0
    for _ in range(3):
        header_end = data.index(b"\n", header_end) + 1
    return data[header_end:]


def differing_pixels(a, b):
    return sum(1 for i in range(0, min(len(a), len(b)), 3) if a[i:i + 3] != b[i:i + 3])


def xdo(*args):
    subprocess.run(["xdotool", *map(str, args)], check=True)


def drag(x, y0, y1, steps=12):
    xdo("mousemove", x, y0, "mousedown", 1)
    for i in range(1, steps + 1):
        xdo("mousemove", x, y0 + (y1 - y0) * i // steps)
        time.sleep(0.016)
    xdo("mouseup", 1)


def settle(folder, name):
    """The screen once it has stopped moving (a flick slows to a stop), the pointer out of the
    way in the footer (a tile under it would show its hover colour)."""
    xdo("mousemove", 5, HEIGHT - 5)
    last = shot(os.path.join(folder, name))
    for _ in range(40):
        time.sleep(0.25)
        now = shot(os.path.join(folder, name))
        if differing_pixels(now, last) <= SAME_PAGE_PIXELS:
            return now
        last = now
    return last


def to_top():
    xdo("mousemove", 500, 350)
    for _ in range(30):
        xdo("click", 4)


def main():
    for tool in ("xdotool", "import", "openbox"):
        if not shutil.which(tool):
            print(f"{tool} is missing (make test installs it)")
            return 77
    binary = sys.argv[1]
    rows = []
    keep = os.environ.get("MELDPUNT_TOUCH_SHOTS")
    with tempfile.TemporaryDirectory() as scratch:
        folder = keep or scratch
        config = os.path.join(folder, "kiosk.conf")
        with open(config, "w") as f:
            f.write("[kiosk]\ntouch-keyboard = off\n")
        runtime = os.path.join(folder, "runtime")
        os.mkdir(runtime, 0o700)
        env = dict(os.environ, XDG_RUNTIME_DIR=runtime, QT_QPA_PLATFORM="xcb", LC_ALL="C.UTF-8")
        wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        app = subprocess.Popen([binary, "--kiosk", "--config", config], env=env)
        try:
            blank = shot(os.path.join(folder, "blank.ppm"))
            for _ in range(80):
                time.sleep(0.25)
                if differing_pixels(shot(os.path.join(folder, "start.ppm")), blank) > 10000:
                    break
            home = settle(folder, "home.ppm")

            def drag_and_back(x, y, to_y, before, what, where, label):
                # A drag scrolls the page; scrolled back to the top, the page is the one before.
                drag(x, y, to_y)
                after = settle(folder, f"{label}-dragged.ppm")
                rows.append((f"drag on a {what} scrolls {where}", differing_pixels(after, before) > 10000))
                to_top()
                back = settle(folder, f"{label}-back.ppm")
                rows.append((f"... and opens no {what}", differing_pixels(back, before) <= SAME_PAGE_PIXELS))

            # A tile of the second row, middle of the screen.
            drag_and_back(700, 480, 260, home, "tile", "the home page", "home")

            # A tap opens the tile.
            xdo("mousemove", 700, 480, "click", 1)
            opened = settle(folder, "tapped.ppm")
            rows.append(("tap on a tile opens it", differing_pixels(opened, home) > 10000))

            # Results: type, then drag starting on a result.
            xdo("key", "Escape")
            xdo("mousemove", 600, 183, "click", 1)
            xdo("type", "--delay", "30", "melden")
            results = settle(folder, "results.ppm")
            drag_and_back(500, 520, 270, results, "result", "the list", "results")
        finally:
            app.terminate()
            app.wait(timeout=10)
            wm.terminate()
            wm.wait(timeout=10)
    for name, ok in rows:
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if rows and all(ok for _, ok in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
