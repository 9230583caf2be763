#!/usr/bin/python3
"""The kiosk session on a virtual PC, judged by its screen: the driver of
tests/system/vm-test.sh (which makes the disk image, kernel and initramfs).

Boots the image with qemu-system-x86_64 (software emulation), once per screen
size and per display fault, each boot on a fresh copy-on-write overlay, and
talks to QEMU over QMP (screendump, send-key, input-send-event) and to the
guest over the QEMU guest agent (guest-exec). Python's standard library only.
Prints one row per check, PASS or FAIL; keeps every screenshot it judged
(PNG) in OUTDIR/vm-test-shots and every serial console in OUTDIR/vm-test-logs.

Timings are of software emulation on a shared machine: the bounds are
generous on purpose and are not benchmarks.
"""

import argparse
import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import time
import zlib

# Bounds, in seconds of wall time (software emulation is slow).
BOOT_BOUND = 300        # power on -> the kiosk's home on the screen
RECOVER_BOUND = 120     # a fault -> the kiosk's home again
NO_DISPLAY_BOUND = 240  # no usable screen -> the session restarted (not hung)


# --- Images ---------------------------------------------------------------------

class Image:
    """An RGB screenshot: QMP screendump's PPM (P6) file."""

    def __init__(self, width, height, pixels):
        self.width, self.height, self.pixels = width, height, pixels

    @classmethod
    def read_ppm(cls, path):
        with open(path, 'rb') as f:
            data = f.read()
        fields, pos = [], 0
        while len(fields) < 4:
            while data[pos:pos + 1].isspace():
                pos += 1
            if data[pos:pos + 1] == b'#':
                pos = data.index(b'\n', pos) + 1
                continue
            end = pos
            while not data[end:end + 1].isspace():
                end += 1
            fields.append(data[pos:end])
            pos = end
        if fields[0] != b'P6' or fields[3] != b'255':
            raise ValueError(f'{path}: not an 8-bit P6 PPM')
        width, height = int(fields[1]), int(fields[2])
        pixels = data[pos + 1:pos + 1 + 3 * width * height]
        return cls(width, height, pixels)

    def write_png(self, path):
        raw = bytearray()
        row = 3 * self.width
        for y in range(self.height):
            raw.append(0)
            raw += self.pixels[y * row:(y + 1) * row]

        def chunk(kind, body):
            return (struct.pack('>I', len(body)) + kind + body
                    + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff))
        png = (b'\x89PNG\r\n\x1a\n'
               + chunk(b'IHDR', struct.pack('>IIBBBBB', self.width, self.height, 8, 2, 0, 0, 0))
               + chunk(b'IDAT', zlib.compress(bytes(raw), 6)) + chunk(b'IEND', b''))
        with open(path, 'wb') as f:
            f.write(png)

    def samples(self, step=4, box=None):
        """(r, g, b) of every step-th pixel in both directions, in box (x0, y0, x1, y1)."""
        x0, y0, x1, y1 = box or (0, 0, self.width, self.height)
        p = self.pixels
        for y in range(y0, y1, step):
            base = 3 * y * self.width
            for x in range(x0, x1, step):
                i = base + 3 * x
                yield p[i], p[i + 1], p[i + 2]

    def stats(self, box=None):
        """Share of near-black pixels, the dominant colour (5 bits a channel) and its
        share, and the number of distinct colours, on a sample."""
        counts, total, black = {}, 0, 0
        for r, g, b in self.samples(box=box):
            total += 1
            if max(r, g, b) < 24:
                black += 1
            key = (r >> 3, g >> 3, b >> 3)
            counts[key] = counts.get(key, 0) + 1
        colour, n = max(counts.items(), key=lambda kv: kv[1])
        return {'black': black / total, 'dominant': tuple(c * 8 + 4 for c in colour),
                'dominant_share': n / total, 'colours': len(counts)}

    def difference(self, other, top=1.0):
        """Share of sampled pixels that differ (more than 24 in a channel), in the
        top `top` part of the screen."""
        if (self.width, self.height) != (other.width, other.height):
            return 1.0
        total = differ = 0
        a, b = self.pixels, other.pixels
        end = 3 * self.width * int(self.height * top)
        for i in range(0, end - 2, 3 * 7):
            total += 1
            if (abs(a[i] - b[i]) > 24 or abs(a[i + 1] - b[i + 1]) > 24
                    or abs(a[i + 2] - b[i + 2]) > 24):
                differ += 1
        return differ / max(total, 1)


def close_colour(a, b, tolerance=24):
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


# --- QEMU -------------------------------------------------------------------------

class JsonSocket:
    """JSON messages, one a line, over a unix socket (QMP and the guest agent)."""

    def __init__(self, path, timeout=30):
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(path)
        self.buffer = b''

    def send(self, message):
        self.sock.sendall(json.dumps(message).encode() + b'\n')

    def receive(self, timeout):
        self.sock.settimeout(timeout)
        while b'\n' not in self.buffer:
            data = self.sock.recv(65536)
            if not data:
                raise ConnectionError(f'{self.path}: closed')
            self.buffer += data
        line, self.buffer = self.buffer.split(b'\n', 1)
        line = line.strip().lstrip(b'\xff')
        return json.loads(line) if line else None

    def close(self):
        self.sock.close()


class VM:
    def __init__(self, name, args, disk, kernel, initrd, work, logdir, display):
        self.name = name
        self.dir = os.path.join(work, name)
        os.makedirs(self.dir, exist_ok=True)
        self.overlay = os.path.join(self.dir, 'overlay.qcow2')
        subprocess.run(['qemu-img', 'create', '-q', '-f', 'qcow2', '-F', 'raw', '-b', disk,
                        self.overlay], check=True)
        self.qmp_path = os.path.join(self.dir, 'qmp.sock')
        self.qga_path = os.path.join(self.dir, 'qga.sock')
        self.console = os.path.join(logdir, f'{name}-console.log')
        command = [
            'qemu-system-x86_64', '-name', f'meldpunt-vm-test-{name}',
            '-machine', 'q35', '-accel', 'tcg,thread=multi', '-cpu', 'max', '-smp', '2', '-m', '2048',
            '-nodefaults', '-no-user-config', '-display', 'none',
            '-kernel', kernel, '-initrd', initrd,
            '-append', 'root=/dev/vda rw console=ttyS0 systemd.show_status=1 panic=10',
            '-drive', f'file={self.overlay},if=virtio,format=qcow2,cache=unsafe',
            '-serial', f'file:{self.console}',
            '-qmp', f'unix:{self.qmp_path},server=on,wait=off',
            '-chardev', f'socket,path={self.qga_path},server=on,wait=off,id=qga0',
            '-device', 'virtio-serial-pci',
            '-device', 'virtserialport,chardev=qga0,name=org.qemu.guest_agent.0',
            '-device', 'qemu-xhci,id=xhci', '-device', 'usb-kbd,bus=xhci.0',
            '-device', 'usb-tablet,bus=xhci.0',
            '-net', 'none',
        ] + display + args
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                        stdout=open(os.path.join(self.dir, 'qemu.log'), 'wb'),
                                        stderr=subprocess.STDOUT)
        self.started = time.monotonic()
        for _ in range(100):
            if os.path.exists(self.qmp_path):
                break
            if self.process.poll() is not None:
                raise RuntimeError(f'qemu ended: {open(os.path.join(self.dir, "qemu.log")).read()}')
            time.sleep(0.1)
        self.qmp_socket = JsonSocket(self.qmp_path)
        self.qmp_socket.receive(30)  # greeting
        self.qmp('qmp_capabilities')
        self.shot_number = 0

    def elapsed(self):
        return time.monotonic() - self.started

    def qmp(self, command, **arguments):
        message = {'execute': command}
        if arguments:
            message['arguments'] = arguments
        self.qmp_socket.send(message)
        while True:
            reply = self.qmp_socket.receive(60)
            if reply is None or 'event' in reply:
                continue
            if 'error' in reply:
                raise RuntimeError(f'QMP {command}: {reply["error"]}')
            return reply.get('return')

    def qga(self, command, timeout=20, **arguments):
        """One guest agent command; None when the agent does not answer in time."""
        try:
            agent = JsonSocket(self.qga_path, timeout)
        except OSError:
            return None
        try:
            token = int(time.time() * 1000) % 2**31
            agent.send({'execute': 'guest-sync', 'arguments': {'id': token}})
            deadline = time.monotonic() + timeout
            while True:
                reply = agent.receive(max(deadline - time.monotonic(), 0.1))
                if reply and reply.get('return') == token:
                    break
            message = {'execute': command}
            if arguments:
                message['arguments'] = arguments
            agent.send(message)
            while True:
                reply = agent.receive(max(deadline - time.monotonic(), 0.1))
                if reply and ('return' in reply or 'error' in reply):
                    return reply
        except (OSError, ConnectionError, ValueError):
            return None
        finally:
            agent.close()

    def run(self, shell, timeout=60):
        """A shell command in the guest: (exit status, output) or (None, '') without an agent."""
        reply = self.qga('guest-exec', path='/bin/sh', arg=['-c', shell], **{'capture-output': True})
        if not reply or 'return' not in reply:
            return None, ''
        pid = reply['return']['pid']
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.qga('guest-exec-status', pid=pid)
            if status and status.get('return', {}).get('exited'):
                r = status['return']
                out = base64.b64decode(r.get('out-data', '')).decode(errors='replace')
                err = base64.b64decode(r.get('err-data', '')).decode(errors='replace')
                return r.get('exitcode', r.get('signal')), out + err
            time.sleep(0.5)
        return None, ''

    def wait_agent(self, bound):
        deadline = self.started + bound
        while time.monotonic() < deadline:
            reply = self.qga('guest-ping', timeout=5)
            if reply and 'return' in reply:
                return True
            time.sleep(2)
        return False

    def put(self, path, data, mode='0755'):
        """A file written into the guest through the guest agent."""
        reply = self.qga('guest-file-open', path=path, mode='w')
        if not reply or 'return' not in reply:
            raise RuntimeError(f'guest agent: cannot write {path}: {reply}')
        handle = reply['return']
        for at in range(0, len(data), 48 * 1024):
            self.qga('guest-file-write', handle=handle,
                     **{'buf-b64': base64.b64encode(data[at:at + 48 * 1024]).decode()})
        self.qga('guest-file-close', handle=handle)
        self.run(f'chmod {mode} {path}')

    def touch(self, width, height, action, *numbers):
        """A gesture on the guest's uinput touch screen (tests/system/vm-touch.py)."""
        arguments = ' '.join(str(int(n)) if float(n).is_integer() else str(n) for n in numbers)
        return self.run(f'/usr/local/bin/vm-touch.py {width} {height} {action} {arguments}', timeout=90)

    def screendump(self):
        path = os.path.join(self.dir, 'screen.ppm')
        if os.path.exists(path):
            os.unlink(path)
        self.qmp('screendump', filename=path)
        return Image.read_ppm(path)

    def keep(self, image, label, shotdir):
        self.shot_number += 1
        slug = ''.join(c if c.isalnum() else '-' for c in label).strip('-')
        while '--' in slug:
            slug = slug.replace('--', '-')
        path = os.path.join(shotdir, f'{self.name}-{self.shot_number:02d}-{slug}.png')
        image.write_png(path)
        return path

    def keys(self, *names, pause=0.15):
        for name in names:
            combo = name.split('+')
            self.qmp('send-key', keys=[{'type': 'qcode', 'data': k} for k in combo])
            time.sleep(pause)

    def type_text(self, text):
        for ch in text:
            self.keys({' ': 'spc'}.get(ch, ch))

    def tap(self, x, y, width, height):
        """A click of the USB tablet (an absolute pointer) at screen pixel (x, y)."""
        ax, ay = int(x * 32767 / (width - 1)), int(y * 32767 / (height - 1))
        self.qmp('input-send-event', events=[
            {'type': 'abs', 'data': {'axis': 'x', 'value': ax}},
            {'type': 'abs', 'data': {'axis': 'y', 'value': ay}}])
        time.sleep(0.2)
        self.qmp('input-send-event', events=[{'type': 'btn', 'data': {'down': True, 'button': 'left'}}])
        time.sleep(0.15)
        self.qmp('input-send-event', events=[{'type': 'btn', 'data': {'down': False, 'button': 'left'}}])

    def stop(self):
        try:
            self.qmp('quit')
        except Exception:
            pass
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.qmp_socket.close()


# --- Judging the screen --------------------------------------------------------------

class Judge:
    """What the kiosk's home looks like: learnt from the first boot's screen (the
    dominant colour covers most of it), then required of every other one."""

    def __init__(self):
        self.home_colour = None

    @staticmethod
    def looks_like_app(stats):
        # Not black, not a text console (mostly black), one colour covering a large
        # part (the page's background) and enough colours for text and tiles.
        return (stats['black'] < 0.35 and stats['dominant_share'] > 0.25
                and max(stats['dominant']) > 60 and stats['colours'] > 20)

    def is_home(self, stats):
        if not self.looks_like_app(stats):
            return False
        return self.home_colour is None or close_colour(stats['dominant'], self.home_colour)


def edges_filled(image, colour_share_floor=0.02):
    """The window fills the screen: no black band (an unfilled border or a strip left
    of the console) along any edge, and no title bar (cage -d: none)."""
    w, h = image.width, image.height
    band = max(4, min(w, h) // 50)
    boxes = {'top': (0, 0, w, band), 'bottom': (0, h - band, w, h),
             'left': (0, 0, band, h), 'right': (w - band, 0, w, h)}
    black = {side: image.stats(box)['black'] for side, box in boxes.items()}
    return all(v < 0.9 for v in black.values()), black


def wait_for_screen(vm, judge, bound, shotdir, label, want=None):
    """Screendumps every 3 s until two in a row are the kiosk's home (or what `want`
    accepts) and nearly the same; returns (image, stats, seconds) or (last, stats, None)."""
    want = want or judge.is_home
    deadline = time.monotonic() + bound
    previous = None
    image = stats = None
    t0 = time.monotonic()
    while time.monotonic() < deadline:
        try:
            image = vm.screendump()
        except (RuntimeError, OSError, ValueError):
            time.sleep(3)
            continue
        stats = image.stats()
        if want(stats):
            if previous is not None and previous.difference(image) < 0.02:
                vm.keep(image, label, shotdir)
                return image, stats, time.monotonic() - t0
            previous = image
        else:
            previous = None
        time.sleep(3)
    if image is not None:
        vm.keep(image, label + '-last', shotdir)
    return image, stats, None


# --- The checks --------------------------------------------------------------------------

class Table:
    def __init__(self):
        self.rows = []

    def add(self, name, ok, detail):
        self.rows.append((name, bool(ok), detail))
        print(f'vm-test: {"PASS" if ok else "FAIL"}  {name}: {detail}', flush=True)

    def print(self):
        width = max(len(r[0]) for r in self.rows)
        print()
        print(f'| {"check".ljust(width)} | result | measured |')
        print(f'|{"-" * (width + 2)}|--------|----------|')
        for name, ok, detail in self.rows:
            print(f'| {name.ljust(width)} | {"PASS" if ok else "FAIL"}   | {detail} |')
        print()


def unit_state(vm):
    rc, out = vm.run('systemctl show -p ActiveState -p SubState -p NRestarts meldpunt-kiosk.service; '
                     'echo getty=$(systemctl is-active getty@tty1.service)')
    state = {}
    for line in out.splitlines():
        if '=' in line:
            k, v = line.split('=', 1)
            state[k.strip()] = v.strip()
    return state


def describe(stats):
    if not stats:
        return 'no screenshot'
    return (f'black {stats["black"]:.0%}, main colour rgb{stats["dominant"]} on '
            f'{stats["dominant_share"]:.0%}')


def boot_home(table, judge, vm, width, height, shotdir):
    name = f'boot to the home at {width}x{height}'
    image, stats, seconds = wait_for_screen(vm, judge, BOOT_BOUND, shotdir, f'home-{width}x{height}')
    if seconds is None:
        table.add(name, False, f'no home within {BOOT_BOUND} s ({describe(stats)})')
        return None
    if judge.home_colour is None:
        judge.home_colour = stats['dominant']
    filled, black = edges_filled(image)
    state = unit_state(vm)
    ok = (filled and (image.width, image.height) == (width, height)
          and state.get('ActiveState') == 'active' and state.get('getty') != 'active')
    table.add(name, ok,
              f'home after {vm.elapsed():.0f} s from power on, screen {image.width}x{image.height}, '
              f'{describe(stats)}, edges black {max(black.values()):.0%}, '
              f'unit {state.get("ActiveState")}, NRestarts={state.get("NRestarts")}, '
              f'getty@tty1 {state.get("getty")}')
    return image


def check_seat(table, vm):
    rc, groups = vm.run('id -nG meldpunt-kiosk')
    rc, seatd = vm.run('systemctl is-active seatd.service')
    rc, errors = vm.run('journalctl -b -t meldpunt-kiosk --no-pager | grep -c -e "Permission denied" '
                        '-e "Failed to start a DRM session" -e "Unable to create the wlroots backend"')
    errors = errors.strip() or '?'
    ok = 'video' in groups.split() and seatd.strip() == 'active' and errors == '0'
    table.add('seat: seatd, group video, no access error', ok,
              f'groups of meldpunt-kiosk: {groups.strip()}; seatd.service {seatd.strip()}; '
              f'access errors in the journal: {errors}')


def check_renderer(table, vm):
    rc, out = vm.run('journalctl -b -t meldpunt-kiosk --no-pager | grep -i -e "renderer" -e "xwayland" | head -n 5; '
                     'echo xwayland=$(pgrep -c -x Xwayland || true)')
    ok = 'xwayland=0' in out and 'gles' not in out.lower()
    table.add('renderer pixman, no Xwayland running', ok,
              ' | '.join(l.strip()[-90:] for l in out.strip().splitlines()))


def changed_screen(vm, before, label, shotdir, wait=4):
    time.sleep(wait)
    after = vm.screendump()
    vm.keep(after, label, shotdir)
    return after, before.difference(after)


def check_keyboard(table, judge, vm, home, width, height, shotdir):
    # The search field has the focus on the home (keyboard only: no tap first).
    # One key, then a pause: the first key a visitor types must start the search.
    # libinput beside the compositor says whether the key reached the guest's input
    # stack: a key lost before it is the virtual PC's, one lost after it is ours.
    vm.run('setsid -f libinput debug-events --show-keycodes </dev/null >/run/vm-test-keys.log 2>&1')
    time.sleep(3)
    vm.keys('h')
    first, changed = changed_screen(vm, home, 'typed-h', shotdir)
    rc, seen = vm.run('grep -c "KEY_H (35) pressed" /run/vm-test-keys.log; '
                      'pkill -f "libinput-debug-events" || true')
    seen = seen.split()[0] if seen.split() else '?'
    table.add('keyboard: the first key typed on the home starts the search', changed > 0.02,
              f'{changed:.0%} of the screen changed after "h"; libinput saw it {seen} time(s)')
    # Back to the home (Escape), then a word at a human pace (0.3 s a key).
    vm.keys('esc')
    time.sleep(3)
    for ch in 'hulp':
        vm.keys(ch, pause=0.3)
    typed, changed = changed_screen(vm, home, 'typed-hulp', shotdir)
    table.add('keyboard: typing "hulp" (after Escape) shows results',
              changed > 0.02 and judge.looks_like_app(typed.stats()),
              f'{changed:.0%} of the screen differs from the home (what the field holds: see the screenshot)')
    vm.keys('ret')
    opened, changed = changed_screen(vm, typed, 'after-enter', shotdir)
    table.add('keyboard: Enter opens a result', changed > 0.05 and judge.looks_like_app(opened.stats()),
              f'{changed:.0%} of the screen changed')
    vm.keys('esc')
    back, changed = changed_screen(vm, opened, 'after-escape', shotdir)
    table.add('keyboard: Escape goes back', changed > 0.05 and judge.looks_like_app(back.stats()),
              f'{changed:.0%} changed; {back.difference(typed):.0%} differs from the results, '
              f'{back.difference(home):.0%} from the home')
    # Shift three times on its own: the neutral screen.
    for _ in range(3):
        vm.keys('shift', pause=0.4)
    neutral, from_back = changed_screen(vm, back, 'neutral-after-shift3', shotdir)
    nstats = neutral.stats()
    from_home = home.difference(neutral)
    ok = from_home > 0.10 and from_back > 0.10 and nstats['black'] < 0.9
    table.add('Shift x3: the neutral screen', ok,
              f'{from_home:.0%} differs from the home, {from_back:.0%} from the screen before; {describe(nstats)}')
    neutral_stats = nstats

    def fresh_home_after_tap(label):
        vm.tap(width // 2, height // 2, width, height)
        time.sleep(1)
        image, stats, seconds = wait_for_screen(vm, judge, 60, shotdir, f'home-after-tap-{label}')
        # The top 40 %: header, band, the search field (empty); the touch keyboard at the
        # bottom comes and goes with the kind of input last used.
        fresh = image is not None and seconds is not None and home.difference(image, top=0.4) < 0.02
        table.add(f'a tap on the neutral screen ({label}): a fresh home, search empty', fresh,
                  f'{home.difference(image, top=0.4):.0%} of the top 40 % differs from the first home, '
                  f'{home.difference(image):.0%} of all' if image else 'no screenshot')

    def is_neutral(image):
        st = image.stats()
        return (home.difference(image) > 0.10 and st['black'] < 0.9
                and close_colour(st['dominant'], neutral_stats['dominant']))

    fresh_home_after_tap('Shift x3')
    # F12: the neutral screen too.
    vm.keys('f12')
    neutral, changed = changed_screen(vm, home, 'neutral-after-f12', shotdir)
    table.add('F12: the neutral screen', is_neutral(neutral), f'{changed:.0%} differs from the home')
    fresh_home_after_tap('F12')
    # The "Snel weg" button, tapped with the tablet (top right of the header).
    vm.tap(width - 90, 40, width, height)
    neutral, changed = changed_screen(vm, home, 'neutral-after-snel-weg-tap', shotdir)
    table.add('a tap on "Snel weg": the neutral screen', is_neutral(neutral), f'{changed:.0%} differs from the home')
    fresh_home_after_tap('Snel weg')


def start_trace(vm):
    """strace on the running program (every thread, children followed) from now on."""
    vm.run('pid=$(pgrep -x meldpunt-kiosk); echo $pid >/run/vm-test-trace.pid; '
           'setsid -f strace -f -qq -o /run/vm-test-trace -p $pid '
           '-e trace=%network,%process,openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,'
           'unlink,unlinkat,truncate,ftruncate,link,linkat,symlink,symlinkat </dev/null >/dev/null 2>&1')
    time.sleep(3)


def check_trace(table, vm):
    """What the program did while traced, counted inside the guest: sockets by family,
    processes started, files opened for writing or made."""
    vm.run('pkill -x strace; sleep 2')
    rc, out = vm.run('cat /run/vm-test-trace', timeout=60)
    families, children, writes, lines = {}, [], [], 0
    for line in out.splitlines():
        lines += 1
        call = line.split(None, 1)[1] if ' ' in line else line
        if call.startswith('socket(') and '= -1' not in call:
            family = call[len('socket('):].split(',')[0]
            families[family] = families.get(family, 0) + 1
        elif call.startswith(('fork(', 'vfork(', 'execve(')) or (
                call.startswith(('clone(', 'clone3(')) and 'CLONE_THREAD' not in call and '= -1' not in call):
            children.append(call[:80])
        elif call.startswith(('openat(', 'open(', 'creat(')) and '= -1' not in call and (
                'O_WRONLY' in call or 'O_RDWR' in call or 'O_CREAT' in call or call.startswith('creat(')):
            writes.append(call[:100])
        elif call.startswith(('mkdir', 'rename', 'unlink', 'link', 'symlink', 'truncate')) and '= -1' not in call:
            writes.append(call[:100])
    foreign = {f: n for f, n in families.items() if f not in ('AF_UNIX', 'AF_NETLINK')}
    table.add('in the guest, through the visit: no network socket, no child, nothing written',
              lines > 0 and not foreign and not children and not writes,
              f'{lines} traced calls; sockets {families or "none"}; children {len(children)}; '
              f'writes {len(writes)}' + (f' (first: {(children + writes)[0]})' if children or writes else ''))


def check_touch(table, judge, vm, home, width, height, shotdir):
    """A visit by finger on the guest's uinput touch screen (libinput: a touch screen),
    at 1024x600. Positions are the home's and the results' at that size."""
    here = os.path.dirname(os.path.realpath(__file__))
    with open(os.path.join(here, 'vm-touch.py'), 'rb') as f:
        vm.put('/usr/local/bin/vm-touch.py', f.read())
    rc, restarts = vm.run('systemctl show -p NRestarts --value meldpunt-kiosk.service')
    # The first tile on the home ("Wat is strafbaar?").
    vm.touch(width, height, 'tap', 256, 330)
    topic, changed = changed_screen(vm, home, 'touch-tap-tile', shotdir)
    table.add('touch: a tap on a tile opens it', changed > 0.05 and judge.looks_like_app(topic.stats()),
              f'{changed:.0%} of the screen changed')
    vm.keys('esc')
    time.sleep(3)
    # An answer (the best hit for "hulp", opened with Enter), then a finger's swipe up it.
    vm.type_text('hulp')
    vm.keys('ret')
    answer, _ = changed_screen(vm, home, 'touch-answer', shotdir)
    vm.touch(width, height, 'swipe', width // 2, height - 120, 200, 0.8)
    swiped, changed = changed_screen(vm, answer, 'touch-swipe-answer', shotdir)
    header = answer.difference(swiped, top=0.2)
    table.add('touch: a swipe up an answer scrolls it and opens nothing',
              changed > 0.03 and header < 0.02 and judge.looks_like_app(swiped.stats()),
              f'{changed:.0%} of the screen moved, {header:.0%} of the header changed')
    # Two fingers at once on the answer: nothing harmful (the page stays, the program runs).
    vm.touch(width, height, 'two', 300, 400, 700, 400)
    two, _ = changed_screen(vm, swiped, 'touch-two-fingers', shotdir)
    rc, after = vm.run('systemctl show -p NRestarts --value meldpunt-kiosk.service')
    table.add('touch: two fingers on an answer do no harm',
              judge.looks_like_app(two.stats()) and swiped.difference(two, top=0.2) < 0.02
              and after.strip() == restarts.strip(),
              f'{swiped.difference(two):.0%} of the screen changed; NRestarts {restarts.strip()} -> {after.strip()}')
    # Back to the results; a tap on the first result opens the answer Enter opened.
    vm.keys('esc')
    results, _ = changed_screen(vm, answer, 'touch-results', shotdir)
    vm.touch(width, height, 'tap', width // 2, 295)
    tapped, changed = changed_screen(vm, results, 'touch-tap-result', shotdir)
    same = answer.difference(tapped)
    table.add('touch: a tap on a result opens it', changed > 0.05 and same < 0.02,
              f'{changed:.0%} of the screen changed; {same:.0%} differs from the answer Enter opened')
    vm.keys('esc')
    time.sleep(1)
    vm.keys('esc')
    time.sleep(3)


def check_watchdog(table, judge, vm, home, shotdir):
    """The fault of issue 20 itself, for this check only: libseat's built-in seat
    (a runtime drop-in, removed after), which cannot open tty0 as the service user;
    cage 0.1.4 then hangs on a black screen. The session script's watchdog must
    kill it and the session start again."""
    dropin = '/run/systemd/system/meldpunt-kiosk.service.d'
    rc, out = vm.run(f'mkdir -p {dropin} && printf "[Service]\\nEnvironment=LIBSEAT_BACKEND=builtin\\n" '
                     f'>{dropin}/vm-test-builtin-seat.conf && systemctl daemon-reload && '
                     'systemctl restart meldpunt-kiosk.service')
    t0 = time.monotonic()
    state, fired = {}, ''
    while time.monotonic() < t0 + 150:
        time.sleep(5)
        rc, fired = vm.run('journalctl -b -t meldpunt-kiosk --no-pager -o cat | '
                           'grep "did not start meldpunt-kiosk within" | tail -n 1')
        if fired.strip():
            break
    seconds = time.monotonic() - t0
    try:
        vm.keep(vm.screendump(), 'builtin-seat-hang', shotdir)
    except (RuntimeError, OSError, ValueError):
        pass
    state = unit_state(vm)
    table.add('cage hung (built-in seat, a runtime drop-in): the watchdog restarts the session',
              bool(fired.strip()),
              (f'watchdog after {seconds:.0f} s: "{fired.strip()[-80:]}"' if fired.strip()
               else f'no watchdog within {seconds:.0f} s')
              + f'; unit {state.get("ActiveState")}, NRestarts={state.get("NRestarts")}')
    vm.run(f'rm -f {dropin}/vm-test-builtin-seat.conf && systemctl daemon-reload && '
           'systemctl reset-failed meldpunt-kiosk.service; systemctl restart meldpunt-kiosk.service')
    image, stats, seconds = wait_for_screen(vm, judge, RECOVER_BOUND, shotdir, 'home-after-drop-in-removed')
    table.add('the drop-in removed: the home again', seconds is not None and home.difference(image, top=0.4) < 0.02,
              f'home after {seconds:.0f} s' if seconds is not None else f'no home ({describe(stats)})')


def check_recovery(table, judge, vm, home, label, shell, shotdir):
    before = unit_state(vm)
    rc, out = vm.run(shell)
    t0 = time.monotonic()
    time.sleep(2)
    # Poll: never a login prompt; the home back within the bound.
    getty_seen = False
    image, stats, seconds = None, None, None
    deadline = t0 + RECOVER_BOUND
    previous = None
    while time.monotonic() < deadline:
        image = vm.screendump()
        stats = image.stats()
        if judge.is_home(stats) and previous is not None and previous.difference(image) < 0.02 \
                and home.difference(image, top=0.4) < 0.02:
            seconds = time.monotonic() - t0
            vm.keep(image, f'home-after-{label}', shotdir)
            break
        previous = image if judge.is_home(stats) else None
        state = unit_state(vm)
        getty_seen = getty_seen or state.get('getty') == 'active'
        time.sleep(2)
    after = unit_state(vm)
    getty_seen = getty_seen or after.get('getty') == 'active'
    if seconds is None and image is not None:
        vm.keep(image, f'after-{label}-last', shotdir)
    ok = seconds is not None and not getty_seen and after.get('ActiveState') == 'active'
    table.add(f'{label}: the home again, never a login prompt', ok,
              (f'home after {seconds:.0f} s' if seconds is not None else f'no home within {RECOVER_BOUND} s')
              + f', NRestarts {before.get("NRestarts")} -> {after.get("NRestarts")}, '
              f'getty@tty1 {"seen active" if getty_seen else "never active"}')


def check_no_screen(table, vm, label, shotdir, judge=None, wait_for_end=False):
    """A machine whose display does not work: the unit must not sit active on
    nothing; it restarts the session (watchdog or cage's exit)."""
    if not vm.wait_agent(BOOT_BOUND):
        table.add(label, False, 'the guest agent never answered')
        return
    deadline = time.monotonic() + NO_DISPLAY_BOUND
    state = {}
    shown = False
    while time.monotonic() < deadline:
        state = unit_state(vm)
        if judge is not None:
            try:
                image = vm.screendump()
                if judge.is_home(image.stats()):
                    vm.keep(image, 'home', shotdir)
                    shown = True
                    break
            except (RuntimeError, OSError, ValueError):
                pass
        if state.get('ActiveState') == 'failed':
            break
        if int(state.get('NRestarts', '0') or 0) >= 2 and not wait_for_end:
            break
        time.sleep(5)
    rc, out = vm.run('journalctl -b -t meldpunt-kiosk --no-pager | '
                     'grep -e "kiosk-session:" -e "DRM" | tail -n 3')
    restarted = int(state.get('NRestarts', '0') or 0) >= 2 or state.get('ActiveState') == 'failed'
    if judge is not None:
        try:
            vm.keep(vm.screendump(), 'screen', shotdir)
        except (RuntimeError, OSError, ValueError):
            pass
    ok = (shown or restarted) and state.get('getty') != 'active'
    table.add(label, ok,
              ('the kiosk is on the screen; ' if shown else '')
              + f'after {vm.elapsed():.0f} s: unit {state.get("ActiveState")}/{state.get("SubState")}, '
              f'NRestarts={state.get("NRestarts")}, getty@tty1 {state.get("getty")}; journal: '
              + ' | '.join(l.strip()[-100:] for l in out.strip().splitlines()[-2:]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--kernel', required=True)
    parser.add_argument('--initrd', required=True)
    parser.add_argument('--disk', required=True)
    parser.add_argument('--outdir', required=True)
    parser.add_argument('--work', required=True)
    parser.add_argument('--only', default=os.environ.get('MELDPUNT_VM_ONLY', ''),
                        help='comma-separated: home,sizes,faults,nodisplay (or MELDPUNT_VM_ONLY)')
    options = parser.parse_args()
    shotdir = os.path.join(options.outdir, 'vm-test-shots')
    logdir = os.path.join(options.outdir, 'vm-test-logs')
    for d in (shotdir, logdir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    only = set(filter(None, options.only.split(',')))
    want = lambda part: not only or part in only
    table, judge = Table(), Judge()
    common = dict(disk=options.disk, kernel=options.kernel, initrd=options.initrd,
                  work=options.work, logdir=logdir)

    def virtio(w, h):
        return ['-device', f'virtio-vga,xres={w},yres={h}']

    def journal(vm):
        rc, out = vm.run('journalctl -b --no-pager -o short-monotonic', timeout=120)
        with open(os.path.join(logdir, f'{vm.name}-journal.log'), 'w') as f:
            f.write(out)

    # 1. The first screen, and the visit and the faults on it.
    if want('home') or want('faults'):
        vm = VM('virtio-1024x600', [], display=virtio(1024, 600), **common)
        try:
            home = boot_home(table, judge, vm, 1024, 600, shotdir)
            check_seat(table, vm)
            check_renderer(table, vm)
            if home is not None and want('faults'):
                check_keyboard(table, judge, vm, home, 1024, 600, shotdir)
                start_trace(vm)
                check_touch(table, judge, vm, home, 1024, 600, shotdir)
                check_trace(table, vm)
                check_recovery(table, judge, vm, home, 'program killed (SIGSEGV)',
                               'kill -SEGV $(pgrep -x meldpunt-kiosk)', shotdir)
                check_recovery(table, judge, vm, home, 'cage killed (SIGKILL)',
                               'kill -KILL $(pgrep -x cage)', shotdir)
                check_watchdog(table, judge, vm, home, shotdir)
            journal(vm)
        finally:
            vm.stop()

    # 2. Other screens.
    if want('sizes'):
        for w, h in ((1280, 1024), (1920, 1080), (1080, 1920)):
            vm = VM(f'virtio-{w}x{h}', [], display=virtio(w, h), **common)
            try:
                boot_home(table, judge, vm, w, h, shotdir)
                journal(vm)
            finally:
                vm.stop()

    # 3. Displays that do not work.
    if want('nodisplay'):
        vm = VM('no-display', [], display=['-vga', 'none'], **common)
        try:
            check_no_screen(table, vm, 'no display device: the session restarts, never hangs', shotdir)
            journal(vm)
        finally:
            vm.stop()
        vm = VM('vga-std', [], display=['-vga', 'std'], **common)
        try:
            check_no_screen(table, vm, 'bochs-drm (-vga std): the kiosk, or the session restarts',
                            shotdir, judge=judge, wait_for_end=True)
            journal(vm)
        finally:
            vm.stop()

    table.print()
    print(f'vm-test: screenshots in {shotdir}; consoles and journals in {logdir}')
    return 0 if table.rows and all(ok for _, ok, _ in table.rows) else 1


if __name__ == '__main__':
    sys.exit(main())
