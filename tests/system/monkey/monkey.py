#!/usr/bin/python3
"""Monkey test of kiosk mode: the real window (meldpunt-kiosk --kiosk) under Xvfb with openbox
as window manager, driven by random input from a fixed seed through XTest: keys, typed text
including non-Latin and astral unicode, clicks, double clicks, drags, the wheel, the touch
keyboard, Alt+F4 and other escape keys, quick exits (Shift three times or F12), the admin chord
with wrong PINs, idle resets (waits past the idle timeout) and continued countdowns. At the
end the right PIN must end kiosk mode with exit code 0 (so that LeakSanitizer runs too).

A session lasts until a quick exit or an idle reset. It reports events sent, sessions,
crashes (the program gone: exit code or signal), sanitizer reports in the program's standard
error (on the sanitize build), samples in which the window was not exactly full screen, and
the resident memory at start and end. It never hangs: a deadline of its own, after which
every process it started (each in its own process group) is killed.

usage: monkey.py --binary PATH [--seed N] [--duration S] [--events N --sessions N]
exit 0 passed, 1 failed (also when Xvfb, openbox or python3-xlib is missing: the Makefile
installs them, so a missing one is a broken machine, not a reason to pass).

Examples:
  monkey.py --binary build/app/meldpunt-kiosk --duration 110 --idle-rate 0.001
      => about two minutes (CTest's system_Monkey): "events sent: 493 (...)" ... "PASS"
  monkey.py --binary build/app/meldpunt-kiosk --events 100000 --sessions 1000 --duration 7200
      => the long soak (make soak)
"""
import argparse
import os
import random
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

try:
    from Xlib import X, XK, Xatom, display as xdisplay, error as xerror
    from Xlib.ext import xtest
    XK.load_keysym_group("xkb")  # ISO_Left_Tab
except ImportError:
    print("FAIL: python3-xlib is missing (Debian: python3-xlib; make deps installs it)")
    sys.exit(1)

HERE = os.path.dirname(os.path.abspath(__file__))
RIGHT_PIN = "582039174"  # nine digits: the random wrong PINs have four to eight
ADMIN_CHORD = "Ctrl+Alt+Shift+K"
IDLE_TIMEOUT = 15  # the shortest the program takes
COUNTDOWN = 15  # KioskController's countdown before the wipe

SANITIZER_REPORT = re.compile(
    r"ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer)|runtime error:|"
    r"SUMMARY: (AddressSanitizer|UndefinedBehaviorSanitizer|LeakSanitizer)")

# Text a visitor might type, and text no visitor should be able to break anything with:
# accents, Greek, Cyrillic, Hebrew and Arabic (right to left), CJK, emoji outside the BMP
# (surrogate pairs in QString), combining marks, zero-width and bidi controls, a BOM, the
# replacement character.
UNICODE_POOL = ("éëïöüçñßøåÉÀ" "αβγδΩ" "жизньЖЯ" "שלום" "مرحبا" "中文漢字検索한국어"
                "😀🙈🚸👧🏽\U0001F9D2" "\u0301\u0308\u200b\u200d\u200e\u202e\u00a0\ufeff\ufffd"
                "ﬁ…–—“”‘’€")
WORDS = ["anoniem", "melden", "politie", "hulp", "chat", "foto", "kind", "school", "internet",
         "wat", "is", "hoe", "ik", "help", "report", "abuse", "a", "zz", "x" * 40, "1234", "?!",
         "<b>", "&amp;", "%s%n", "../..", "'\"", "\\", "OR 1=1"]
SPECIAL_KEYS = ["Return", "BackSpace", "Tab", "ISO_Left_Tab", "Escape", "Left", "Right", "Up",
                "Down", "Home", "End", "Prior", "Next", "Delete", "Insert", "space", "Menu",
                "KP_Enter", "KP_Add", "KP_Subtract"] + ["F%d" % n for n in range(1, 12)]
# F12 is the quick-exit key: quick_exit() presses it (every other time), random input never.
# Shortcuts and escape attempts; the admin chord itself is never among them.
COMBOS = [("Control_L", "a"), ("Control_L", "c"), ("Control_L", "v"), ("Control_L", "x"),
          ("Control_L", "z"), ("Control_L", "Shift_L", "z"), ("Control_L", "plus"),
          ("Control_L", "minus"), ("Control_L", "0"), ("Control_L", "f"), ("Control_L", "p"),
          ("Control_L", "s"), ("Control_L", "o"), ("Control_L", "Return"),
          ("Alt_L", "F4"), ("Control_L", "q"), ("Control_L", "w"), ("Control_L", "F4"),
          ("Alt_L", "Tab"), ("Alt_L", "space"), ("Alt_L", "Left"), ("Alt_L", "Home"),
          ("Alt_L", "F2"), ("Control_L", "Escape"), ("Control_L", "Alt_L", "BackSpace"),
          ("Control_L", "Alt_L", "Delete"), ("Control_L", "Alt_L", "F1"), ("Super_L", "d"),
          ("Super_L", "Tab"), ("Shift_L", "F10"), ("Control_L", "Shift_L", "Escape"),
          ("Control_L", "Alt_L", "Shift_L", "m"), ("Control_L", "Alt_L", "k")]


class Deadline(Exception):
    pass


class Failure(Exception):
    pass


def log(message):
    print(message, flush=True)


class Processes:
    """Every process the monkey starts, each in a process group of its own, killed at the end."""

    def __init__(self):
        self.started = []

    def start(self, command, **kwargs):
        process = subprocess.Popen(command, start_new_session=True, **kwargs)
        self.started.append(process)
        return process

    def kill_all(self):
        for process in reversed(self.started):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        end = time.monotonic() + 3
        for process in reversed(self.started):
            try:
                process.wait(max(0.1, end - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                process.wait(2)
            except subprocess.TimeoutExpired:
                pass


def start_xvfb(processes, width, height, log_file):
    read_end, write_end = os.pipe()
    processes.start(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "%dx%dx24" % (width, height),
                     "-nolisten", "tcp", "-noreset"],
                    pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=log_file, stderr=log_file)
    os.close(write_end)
    # Xvfb writes the number, then a newline: closing the pipe before the newline kills it.
    number = b""
    end = time.monotonic() + 30
    while not number.endswith(b"\n") and time.monotonic() < end:
        ready, _, _ = select.select([read_end], [], [], max(0.1, end - time.monotonic()))
        chunk = os.read(read_end, 32) if ready else b""
        if ready and not chunk:
            break
        number += chunk
    os.close(read_end)
    number = number.decode().strip()
    if not number.isdigit():
        raise Failure("Xvfb did not start")
    return ":" + number


class Screen:
    """The X display, as XTest drives it and as the window manager reports the window."""

    def __init__(self, name):
        self.d = xdisplay.Display(name)
        self.root = self.d.screen().root
        self.width = self.d.screen().width_in_pixels
        self.height = self.d.screen().height_in_pixels
        self.atom = lambda n: self.d.intern_atom(n)
        self.window = None
        self._load_keymap()

    # --- keyboard ---
    def _load_keymap(self):
        first = self.d.display.info.min_keycode
        count = self.d.display.info.max_keycode - first + 1
        self.keys = {}
        self.spare = []
        for index, syms in enumerate(self.d.get_keyboard_mapping(first, count)):
            keycode = first + index
            if not any(syms):
                self.spare.append(keycode)
            for level in (0, 1):
                if level < len(syms) and syms[level] and syms[level] not in self.keys:
                    self.keys[syms[level]] = (keycode, level == 1)
        if len(self.spare) < 4:
            raise Failure("the X server's keymap has no spare keycodes for unicode text")
        self.spare = self.spare[:24]
        self.shift = self.keys[XK.string_to_keysym("Shift_L")][0]

    def keysym(self, name):
        sym = XK.string_to_keysym(name)
        if not sym:
            raise Failure("no keysym " + name)
        return sym

    def _press(self, keycode, down):
        xtest.fake_input(self.d, X.KeyPress if down else X.KeyRelease, keycode)

    def tap(self, sym):
        keycode, shifted = self.keys[sym]
        if shifted:
            self._press(self.shift, True)
        self._press(keycode, True)
        self._press(keycode, False)
        if shifted:
            self._press(self.shift, False)
        self.d.flush()

    def combo(self, names):
        codes = [self.keys[self.keysym(n)][0] for n in names]
        for keycode in codes:
            self._press(keycode, True)
        for keycode in reversed(codes):
            self._press(keycode, False)
        self.d.flush()

    def type_text(self, text, delay):
        """Types text; characters missing from the keymap go on spare keycodes, remapped in one
        request per batch (as xdotool type does per character)."""
        missing = []
        for ch in text:
            sym = self._char_keysym(ch)
            if sym not in self.keys and sym not in missing:
                missing.append(sym)
        mapped = {}
        if missing:
            missing = missing[:len(self.spare)]
            for keycode, sym in zip(self.spare, missing):
                self.d.change_keyboard_mapping(keycode, [(sym, sym)])
                mapped[sym] = keycode
            self.d.sync()
            time.sleep(0.05)  # Qt reloads its keymap on the MappingNotify
        sent = 0
        for ch in text:
            sym = self._char_keysym(ch)
            if sym in mapped:
                self._press(mapped[sym], True)
                self._press(mapped[sym], False)
                self.d.flush()
            elif sym in self.keys:
                self.tap(sym)
            else:
                continue
            sent += 1
            if delay and sent % 4 == 0:
                time.sleep(delay)
        return sent

    @staticmethod
    def _char_keysym(ch):
        code = ord(ch)
        if 0x20 <= code <= 0x7e or 0xa0 <= code <= 0xff:
            return code
        return 0x01000000 + code

    # --- pointer ---
    def move(self, x, y):
        xtest.fake_input(self.d, X.MotionNotify, x=int(x), y=int(y))
        self.d.flush()

    def button(self, number, down):
        xtest.fake_input(self.d, X.ButtonPress if down else X.ButtonRelease, number)
        self.d.flush()

    def click(self, x, y, number=1, times=1):
        self.move(x, y)
        for _ in range(times):
            self.button(number, True)
            self.button(number, False)

    # --- the program's progress ---
    def server_time(self):
        """The X server's time now: a property change on a window of our own, whose
        PropertyNotify carries it. Every event sent before has an earlier timestamp."""
        if not hasattr(self, "probe"):
            self.probe = self.root.create_window(0, 0, 1, 1, 0, X.CopyFromParent,
                                                 event_mask=X.PropertyChangeMask)
        self.probe.change_property(self.atom("MELDPUNT_MONKEY_TIME"), Xatom.STRING, 8, b"t")
        self.d.flush()
        while True:
            event = self.d.next_event()
            if event.type == X.PropertyNotify and event.window == self.probe:
                return event.time

    def user_time(self):
        """The timestamp of the last key or button press the program has handled (Qt keeps
        _NET_WM_USER_TIME up to date on a window of its own)."""
        try:
            holder = self.window.get_full_property(self.atom("_NET_WM_USER_TIME_WINDOW"), Xatom.WINDOW)
            target = self.d.create_resource_object("window", holder.value[0]) if holder else self.window
            value = target.get_full_property(self.atom("_NET_WM_USER_TIME"), Xatom.CARDINAL)
            return value.value[0] if value else 0
        except xerror.XError:
            return 0

    def focus(self):
        """Which window has the keyboard focus, and whether a client holds a keyboard grab
        (as Qt does during a drag), for a report."""
        try:
            window = self.d.get_input_focus().focus
            if isinstance(window, int):
                where = {X.NONE: "none", X.PointerRoot: "pointer root"}.get(window, str(window))
            elif self.window is not None and window.id == self.window.id:
                where = "the kiosk window"
            else:
                where = "%s %r" % (hex(window.id), self.title_of(window) or window.get_wm_name())
            return where + (", keyboard grabbed" if self.keyboard_grabbed() else "")
        except xerror.XError as error:
            return error.__class__.__name__

    def keyboard_grabbed(self):
        status = self.root.grab_keyboard(False, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
        if status == X.GrabSuccess:
            self.d.ungrab_keyboard(X.CurrentTime)
            self.d.sync()
            return False
        return status == X.AlreadyGrabbed

    # --- the window ---
    def wm_running(self):
        check = self.root.get_full_property(self.atom("_NET_SUPPORTING_WM_CHECK"), Xatom.WINDOW)
        return bool(check and check.value)

    def find_window(self, pid):
        """The program's largest mapped top-level window with the app's title, or None."""
        clients = self.root.get_full_property(self.atom("_NET_CLIENT_LIST"), Xatom.WINDOW)
        best, best_area = None, -1
        for wid in (clients.value if clients else []):
            window = self.d.create_resource_object("window", wid)
            try:
                owner = window.get_full_property(self.atom("_NET_WM_PID"), Xatom.CARDINAL)
                if not owner or owner.value[0] != pid or not self.title_of(window).startswith("Meldpunt"):
                    continue
                if window.get_attributes().map_state != X.IsViewable:
                    continue
                geometry = window.get_geometry()
                if geometry.width * geometry.height > best_area:
                    best, best_area = window, geometry.width * geometry.height
            except xerror.XError:
                continue
        return best

    def title_of(self, window):
        name = window.get_full_property(self.atom("_NET_WM_NAME"), self.atom("UTF8_STRING"))
        if name and name.value:
            value = name.value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        return ""

    def title(self):
        try:
            return self.title_of(self.window)
        except xerror.XError:
            return ""

    def full_screen_problem(self):
        """None when the window is mapped, exactly the screen's size at 0,0 and in the
        window manager's full-screen state; else what differs."""
        try:
            attributes = self.window.get_attributes()
            geometry = self.window.get_geometry()
            origin = self.window.translate_coords(self.root, 0, 0)
            state = self.window.get_full_property(self.atom("_NET_WM_STATE"), Xatom.ATOM)
        except xerror.XError as error:
            return "window gone (%s)" % error.__class__.__name__
        x, y = -origin.x, -origin.y
        problems = []
        if attributes.map_state != X.IsViewable:
            problems.append("not viewable")
        if (x, y, geometry.width, geometry.height) != (0, 0, self.width, self.height):
            problems.append("%dx%d+%d+%d on a %dx%d screen" % (geometry.width, geometry.height, x, y,
                                                                self.width, self.height))
        if not state or self.atom("_NET_WM_STATE_FULLSCREEN") not in state.value:
            problems.append("no _NET_WM_STATE_FULLSCREEN")
        return ", ".join(problems) or None


def rss_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def cpu_seconds(pid):
    """User and system CPU time of a process so far."""
    try:
        with open("/proc/%d/stat" % pid) as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def describe_exit(code):
    if code is None:
        return "running"
    if code < 0:
        return "killed by signal %d (%s)" % (-code, signal.Signals(-code).name)
    return "exit code %d" % code


class Monkey:
    def __init__(self, args, screen, app, stderr_path):
        self.args = args
        self.screen = screen
        self.app = app
        self.stderr_path = stderr_path
        self.random = random.Random(args.seed)
        self.events = 0
        self.kinds = {}
        self.sessions = 0
        self.quick_exits = 0
        self.idle_resets = 0
        self.countdowns_continued = 0
        self.admin_tries = 0
        self.wrong_pins = 0
        self.samples = 0
        self.violations = []
        self.stalls = []
        self.neutral_latency = []
        self.fresh_title = screen.title()
        self.wipe_titles_differing = 0
        self.started = time.monotonic()
        self.rss_samples = []
        self.crash = None
        self.neutral_titles_naming_app = 0
        self.quick_exit_retries = 0
        self.checked_at = 0

    # --- bookkeeping ---
    def count(self, kind, n=1):
        self.events += n
        self.kinds[kind] = self.kinds.get(kind, 0) + n

    def pause(self):
        # One short sleep every few actions: on a busy machine every wake-up costs a time
        # slice, so sleeping after each action would set the pace instead of the program.
        if self.random.random() < 0.3:
            time.sleep(self.args.delay * self.random.uniform(0.5, 1.5))

    def alive(self):
        if self.app.poll() is not None:
            self.crash = describe_exit(self.app.returncode)
            raise Failure("the program is gone: %s" % self.crash)

    def check_screen(self):
        self.samples += 1
        problem = self.screen.full_screen_problem()
        if problem and problem.startswith("window gone"):
            # A top-level window of the program went away: look for the kiosk window again.
            window = self.screen.find_window(self.app.pid)
            if window is not None:
                self.screen.window = window
                problem = self.screen.full_screen_problem()
        if problem:
            self.violations.append((round(time.monotonic() - self.started, 1), self.events, problem))

    def wait_for(self, predicate, what, timeout, record=True):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.alive()
            if predicate():
                return True
            time.sleep(0.02)
        self.alive()
        if not record:
            return False
        self.stalls.append((round(time.monotonic() - self.started, 1), self.events,
                            "%s (keyboard focus: %s)" % (what, self.screen.focus())))
        self.screenshot("stall-%d" % len(self.stalls))
        return False

    def screenshot(self, name):
        """With --keep: the screen as a PNG in the work folder, for a look afterwards."""
        if self.args.keep and shutil.which("import"):
            subprocess.run(["import", "-display", self.screen.d.get_display_name(), "-window", "root",
                            os.path.join(self.args.work, name + ".png")], timeout=30)

    def neutral(self):
        # The neutral screen replaces the window's title with one that names nothing of the
        # app; on X11 Qt appends " — " and the application's display name to every title.
        title = self.screen.title()
        return bool(title) and "Meldpunt" not in title.split(" \u2014 ")[0]

    # --- actions: each one sends one or more events ---
    def point(self, lower=False):
        s = self.screen
        if lower:  # the touch keyboard's rows
            return self.random.randrange(s.width), self.random.randrange(s.height * 55 // 100, s.height)
        return self.random.randrange(s.width), self.random.randrange(s.height)

    def act(self):
        r = self.random
        s = self.screen
        kind = r.choices(["text", "unicode", "key", "combo", "click", "keyboard", "double", "other-button",
                          "drag", "wheel", "move", "shift"],
                         weights=[18, 8, 15, 5, 18, 12, 3, 3, 5, 8, 4, 1])[0]
        if kind == "text":
            n = s.type_text(r.choice(WORDS)[:r.randint(1, 12)] + r.choice(["", " ", ""]), self.args.delay)
            self.count("typed", n)
        elif kind == "unicode":
            text = "".join(r.choice(UNICODE_POOL) for _ in range(r.randint(1, 6)))
            self.count("typed unicode", s.type_text(text, self.args.delay))
        elif kind == "key":
            s.tap(s.keysym(r.choice(SPECIAL_KEYS)))
            self.count("key")
        elif kind == "combo":
            s.combo(r.choice(COMBOS))
            self.count("shortcut")
        elif kind in ("click", "keyboard"):
            s.click(*self.point(lower=kind == "keyboard"))
            self.count("click")
        elif kind == "double":
            s.click(*self.point(), times=2)
            self.count("click")
        elif kind == "other-button":
            s.click(*self.point(), number=r.choice([2, 3, 8, 9]))
            self.count("click")
        elif kind == "drag":
            x, y = self.point()
            tx, ty = self.point()
            s.move(x, y)
            s.button(1, True)
            steps = r.randint(2, 8)
            for i in range(1, steps + 1):
                s.move(x + (tx - x) * i // steps, y + (ty - y) * i // steps)
            s.button(1, False)
            self.count("drag")
        elif kind == "wheel":
            s.move(*self.point())
            button = r.choice([4, 4, 5, 5, 5, 6, 7])
            notches = r.randint(1, 6)
            for _ in range(notches):
                s.button(button, True)
                s.button(button, False)
            self.count("wheel", notches)
        elif kind == "move":
            for _ in range(r.randint(1, 5)):
                s.move(*self.point())
            self.count("move")
        elif kind == "shift":  # once or twice on its own: never a quick exit by itself
            for _ in range(r.randint(1, 2)):
                s.tap(s.keysym("Shift_L"))
            self.count("shift")
        self.pause()
        return kind

    def admin_with_wrong_pins(self):
        """The admin chord, one or two wrong PINs, Escape."""
        r = self.random
        self.screen.combo(ADMIN_CHORD.replace("Ctrl", "Control_L").replace("Alt", "Alt_L")
                          .replace("Shift", "Shift_L").replace("+K", "+k").split("+"))
        self.count("admin chord")
        self.admin_tries += 1
        time.sleep(0.2)
        for _ in range(r.randint(1, 2)):
            pin = "".join(r.choice("0123456789") for _ in range(r.randint(4, 8)))
            self.count("typed", self.screen.type_text(pin, self.args.delay))
            self.screen.tap(self.screen.keysym("Return"))
            self.count("key")
            self.wrong_pins += 1
            time.sleep(0.3)  # argon2id takes a moment
        self.screen.tap(self.screen.keysym("Escape"))
        self.count("key")

    def catch_up(self):
        """Waits, a few seconds at most, until the program has handled what was sent so far:
        a lone Ctrl (which does nothing in the program) after a server timestamp, until the
        program's user time (_NET_WM_USER_TIME, which Qt sets on each key or button press it
        handles) passes it; then a little more, since Qt may handle a mouse press after a key
        press that came just after it. Best effort: Qt does not always update the user time,
        so a miss here is no failure (the quick exit that follows is checked)."""
        before = self.screen.server_time()
        self.screen.combo(["Control_L"])
        self.count("key")
        end = time.monotonic() + 3
        while time.monotonic() < end and self.screen.user_time() < before:
            self.alive()
            time.sleep(0.02)
        time.sleep(0.2)

    def shift_three_times(self):
        shift = self.screen.shift
        for _ in range(3):
            # Each press and release reaches the server on its own: Qt takes a release and a
            # press with the same timestamp for auto-repeat, which is never a quick exit.
            for down in (True, False):
                self.screen._press(shift, down)
                self.screen.d.sync()
                time.sleep(0.03)
        self.count("quick exit (Shift)", 3)

    def quick_exit(self):
        """Shift three times or F12, in turn; the neutral screen must come; a touch starts a fresh home.

        Qt's xcb plugin may deliver a mouse press that came just before a key press after
        it; a click that lands between the Shifts rightly cancels the quick exit. A visitor
        then presses again, and so does the monkey: a second try is counted, not a failure."""
        self.catch_up()
        start = time.monotonic()
        for attempt in range(3):
            if self.quick_exits % 2:
                self.screen.tap(self.screen.keysym("F12"))
                self.count("quick exit (F12)")
            else:
                self.shift_three_times()
            if self.wait_for(self.neutral, "", self.args.stall / 3, record=False):
                self.neutral_latency.append(time.monotonic() - start)
                self.quick_exits += 1
                self.neutral_title = self.screen.title()
                if "Meldpunt" in self.neutral_title:
                    self.neutral_titles_naming_app += 1
                break
            self.quick_exit_retries += 1
            self.screenshot("retry-%d" % self.quick_exit_retries)
        else:
            self.wait_for(self.neutral, "no neutral screen after Shift three times or F12, three times", 0.1)
        self.check_screen()
        self.screen.click(*self.point())
        self.count("click")
        if self.wait_for(lambda: not self.neutral(), "the neutral screen stayed after a touch", self.args.stall):
            if self.screen.title() != self.fresh_title:
                self.wipe_titles_differing += 1

    def idle_reset(self):
        self.check_screen()
        time.sleep(IDLE_TIMEOUT + COUNTDOWN + 3)
        self.alive()
        self.idle_resets += 1
        self.check_screen()
        if self.screen.title() != self.fresh_title:
            self.wipe_titles_differing += 1

    def continue_countdown(self):
        time.sleep(IDLE_TIMEOUT + COUNTDOWN / 2)
        self.alive()
        self.check_screen()
        self.screen.click(*self.point())
        self.count("click")
        self.countdowns_continued += 1

    def session(self, index):
        r = self.random
        length = r.randint(self.args.session_min, self.args.session_max)
        start_events = self.events
        admin_at = length // 2 if r.random() < self.args.admin_rate or index == 1 else -1
        while self.events - start_events < length:
            self.act()
            if admin_at >= 0 and self.events - start_events >= admin_at:
                self.admin_with_wrong_pins()
                admin_at = -1
            if self.checked_at + 40 <= self.events:  # the window and the program, every 40 events
                self.checked_at = self.events
                self.screen.d.sync()
                self.alive()
                self.check_screen()
        # The forced ones make sure that even the short run has each kind of ending.
        forced = self.args.idle_rate > 0
        if (forced and index == 3 and not self.countdowns_continued) or r.random() < self.args.idle_rate / 2:
            self.continue_countdown()
        if (forced and index == 2 and not self.idle_resets) or r.random() < self.args.idle_rate:
            self.idle_reset()
        else:
            self.quick_exit()
        self.sessions += 1
        rss = rss_kib(self.app.pid)
        if rss:
            self.rss_samples.append((self.sessions, rss))

    def unlock(self):
        """The right PIN ends kiosk mode; after five wrong PINs in a row it waits a minute."""
        chord = ADMIN_CHORD.replace("Ctrl", "Control_L").replace("Alt", "Alt_L") \
            .replace("Shift", "Shift_L").replace("+K", "+k").split("+")
        end = time.monotonic() + 80
        while time.monotonic() < end:
            if self.neutral():
                self.screen.tap(self.screen.keysym("Return"))
                time.sleep(0.5)
            self.screen.combo(chord)
            time.sleep(0.3)
            self.screen.type_text(RIGHT_PIN, 0.01)
            self.screen.tap(self.screen.keysym("Return"))
            try:
                return self.app.wait(15)  # LeakSanitizer's check at exit takes a few seconds
            except subprocess.TimeoutExpired:
                self.screen.tap(self.screen.keysym("Escape"))
                time.sleep(5)
        return None


def sanitizer_reports(path):
    try:
        with open(path, errors="replace") as f:
            text = f.read()
    except OSError:
        return 0, ""
    lines = text.splitlines()
    hits = [i for i, line in enumerate(lines) if SANITIZER_REPORT.search(line)]
    reports = sum(1 for i in hits if "ERROR:" in lines[i] or "runtime error:" in lines[i])
    excerpt = "\n".join(lines[hits[0]:hits[0] + 40]) if hits else ""
    return reports, excerpt


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--duration", type=float, default=100, help="seconds of input at most")
    parser.add_argument("--events", type=int, default=0, help="stop once this many events and --sessions are done")
    parser.add_argument("--sessions", type=int, default=0)
    parser.add_argument("--screen", default="1280x1024")
    parser.add_argument("--delay", type=float, default=0.01, help="seconds of the pauses between actions")
    parser.add_argument("--session-min", type=int, default=20)
    parser.add_argument("--session-max", type=int, default=160)
    parser.add_argument("--idle-rate", type=float, default=0.01, help="share of sessions ended by an idle reset")
    parser.add_argument("--admin-rate", type=float, default=0.03, help="share of sessions with the admin chord")
    parser.add_argument("--stall", type=float, default=30, help="seconds the program may take to answer")
    parser.add_argument("--timeout", type=float, default=0, help="hard deadline; default duration + 150 s")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs)")
    args = parser.parse_args()

    for tool in ("Xvfb", "openbox"):
        if not shutil.which(tool):
            print("FAIL: '%s' is missing (Debian: xvfb, openbox; make deps installs them)" % tool)
            return 1
    binary = os.path.abspath(args.binary)
    width, height = (int(v) for v in args.screen.split("x"))
    deadline = args.timeout or args.duration + 150

    def on_deadline(signum, frame):
        raise Deadline("the monkey's own deadline of %d s passed" % deadline)

    signal.signal(signal.SIGALRM, on_deadline)
    signal.signal(signal.SIGTERM, on_deadline)
    signal.alarm(int(deadline))

    work = args.work = tempfile.mkdtemp(prefix="meldpunt-monkey.")
    home = os.path.join(work, "home")
    runtime = os.path.join(work, "runtime")
    os.makedirs(home)
    os.mkdir(runtime, 0o700)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "QT_", "WAYLAND", "DBUS_", "SESSION_MANAGER", "DISPLAY"))}
    env.update(HOME=home, XDG_RUNTIME_DIR=runtime, LC_ALL="C.UTF-8")
    processes = Processes()
    failures = []
    monkey = None
    app = None
    stderr_path = os.path.join(work, "stderr.log")
    wall = time.monotonic()
    rss_start = rss_end = None
    try:
        pin = subprocess.run([binary, "--hash-pin"], input=RIGHT_PIN + "\n", capture_output=True,
                             text=True, env=env, timeout=120)
        if pin.returncode != 0:
            raise Failure("--hash-pin failed: " + pin.stderr)
        config = os.path.join(work, "kiosk.conf")
        with open(config, "w") as f:
            f.write("[kiosk]\nidle-timeout = %d\ntouch-keyboard = on\nadmin-chord = %s\n%s"
                    % (IDLE_TIMEOUT, ADMIN_CHORD, pin.stdout))

        with open(os.path.join(work, "x.log"), "w") as xlog:
            env["DISPLAY"] = start_xvfb(processes, width, height, xlog)
            processes.start(["openbox", "--sm-disable", "--config-file", os.path.join(HERE, "openbox-kiosk.xml")],
                            env=env, stdin=subprocess.DEVNULL, stdout=xlog, stderr=xlog)
        screen = None
        for _ in range(50):
            try:
                screen = Screen(env["DISPLAY"])
                break
            except xerror.DisplayError as error:
                connect_error = error
                time.sleep(0.1)
        if screen is None:
            raise Failure("cannot connect to Xvfb on %s: %s" % (env["DISPLAY"], connect_error))
        end = time.monotonic() + 20
        while not screen.wm_running():
            if time.monotonic() > end:
                raise Failure("openbox did not start")
            time.sleep(0.05)

        os.chmod(home, 0o555)  # kiosk mode writes nothing; a read-only HOME proves it a bit more
        with open(stderr_path, "w") as err:
            app = processes.start([binary, "--kiosk", "--config", config], env=env,
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        end = time.monotonic() + 90
        while screen.window is None:
            if app.poll() is not None:
                raise Failure("the program ended before its window showed: %s" % describe_exit(app.returncode))
            if time.monotonic() > end:
                raise Failure("no kiosk window within 90 s")
            screen.window = screen.find_window(app.pid)
            time.sleep(0.1)
        end = time.monotonic() + 20
        while screen.full_screen_problem() and time.monotonic() < end:
            time.sleep(0.1)
            screen.window = screen.find_window(app.pid) or screen.window
        time.sleep(1)
        rss_start = rss_kib(app.pid)
        log("window %s on %s %dx%d; seed %d; program pid %d" % (hex(screen.window.id), env["DISPLAY"],
                                                               screen.width, screen.height, args.seed, app.pid))

        monkey = Monkey(args, screen, app, stderr_path)
        monkey.check_screen()
        stop_at = monkey.started + args.duration
        index = 0
        while time.monotonic() < stop_at:
            index += 1
            monkey.session(index)
            if args.events and monkey.events >= args.events and monkey.sessions >= args.sessions:
                break
            if index % 25 == 0:
                log("... %d events, %d sessions, %.0f s, RSS %s kB" % (
                    monkey.events, monkey.sessions, time.monotonic() - monkey.started, rss_kib(app.pid)))
        monkey.alive()
        monkey.check_screen()
        rss_end = rss_kib(app.pid)
        cpu = cpu_seconds(app.pid)
        input_seconds = time.monotonic() - monkey.started
        code = monkey.unlock()
        if code is None:
            failures.append("the right PIN did not end kiosk mode")
        elif code != 0:
            failures.append("after the right PIN: %s" % describe_exit(code))
    except (Failure, Deadline) as error:
        failures.append(str(error))
    finally:
        signal.alarm(0)
        processes.kill_all()
        try:
            os.chmod(home, 0o755)
        except OSError:
            pass

    reports, excerpt = sanitizer_reports(stderr_path)
    if reports:
        failures.append("%d sanitizer report(s)" % reports)
    if monkey:
        if monkey.violations:
            failures.append("the window left full screen %d time(s)" % len(monkey.violations))
        if monkey.stalls:
            failures.append("the program did not answer in time %d time(s)" % len(monkey.stalls))
        kinds = ", ".join("%s %d" % (k, v) for k, v in sorted(monkey.kinds.items()))
        seconds = locals().get("input_seconds", time.monotonic() - monkey.started)
        log("events sent: %d (%s)" % (monkey.events, kinds))
        log("rate: %.0f events/s over %.0f s of input (wall %.0f s); the program used %s s of CPU" % (
            monkey.events / max(seconds, 1), seconds, time.monotonic() - wall, locals().get("cpu")))
        log("sessions: %d (quick exits seen %d, idle resets %d; countdowns continued %d)" % (
            monkey.sessions, monkey.quick_exits, monkey.idle_resets, monkey.countdowns_continued))
        if monkey.neutral_latency:
            lat = sorted(monkey.neutral_latency)
            log("neutral screen after Shift x3 or F12: median %.0f ms, max %.0f ms; %d quick exits needed another Shift x3" % (
                1000 * lat[len(lat) // 2], 1000 * lat[-1], monkey.quick_exit_retries))
        log("admin chord: %d times, %d wrong PINs" % (monkey.admin_tries, monkey.wrong_pins))
        log("titles after a wipe that differ from a fresh start's: %d" % monkey.wipe_titles_differing)
        if monkey.neutral_titles_naming_app:
            log("note: the neutral screen's window title still names the app %d time(s): %r" % (
                monkey.neutral_titles_naming_app, monkey.neutral_title))
        log("full screen: %d samples, %d violations%s" % (monkey.samples, len(monkey.violations),
                                                          "".join("\n  at %ss, event %d: %s" % v
                                                                  for v in monkey.violations[:10])))
        for stall in monkey.stalls[:10]:
            log("  stall at %ss, event %d: %s" % stall)
        if len(monkey.rss_samples) > 20:
            # Growth after warm-up: from the tenth session on.
            (s0, r0), (s1, r1) = monkey.rss_samples[9], monkey.rss_samples[-1]
            log("RSS after session %d: %d kB, after session %d: %d kB (%+.1f kB/session)" % (
                s0, r0, s1, r1, (r1 - r0) / max(s1 - s0, 1)))
    log("RSS start: %s kB, end: %s kB" % (rss_start, rss_end))
    log("program: %s" % (describe_exit(app.returncode) if app else "not started"))
    crash = monkey.crash if monkey else (describe_exit(app.returncode) if app and app.returncode else None)
    log("crashes: %d%s" % (1 if crash else 0, " (%s)" % crash if crash else ""))
    log("sanitizer reports: %d" % reports)
    if excerpt:
        log("--- sanitizer report\n" + excerpt)
    if failures:
        try:
            with open(stderr_path, errors="replace") as f:
                tail = f.read()[-3000:]
            log("--- program's standard error (end)\n" + tail)
        except OSError:
            pass
    if args.keep:
        log("kept: " + work)
    else:
        shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        log("FAIL: " + failure)
    if not failures:
        log("PASS")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
