#!/bin/bash
# The no-trace and no-network promises of kiosk mode, proven on the real program under a real
# X server: a visitor's session (search, open an answer, idle reset, quick exit by Shift three
# times) under strace, with an empty read-only HOME. Then every hostile environment variable
# and argument must be refused before any socket exists.
#
# usage: kiosk-no-trace.sh /path/to/meldpunt-kiosk
# exit 0 passed, 1 failed, 77 skipped (a tool is missing).
set -u
BINARY=$1

for tool in xvfb-run xdotool strace import compare convert timeout; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: '$tool' is missing (Debian: xvfb, xauth, xdotool, strace, imagemagick)"
        exit 77
    fi
done

# On the sanitize build: LeakSanitizer's check at exit attaches to the program's threads with
# ptrace, which fails (and fails the run) while strace traces them. Other checks stay on.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
# ... but there the session never ends: with no session bus the program starts
# `dbus-launch --autolaunch`, whose dbus-daemon stays traced after the program is killed, so
# `wait` on strace hangs (seen under ASan; not yet understood why only there). The normal
# build runs this test; the sanitize build skips it until that is fixed.
if ldd "$BINARY" 2>/dev/null | grep -q libasan; then
    echo "SKIP: the sanitize build (AddressSanitizer) under strace: see the comment above"
    exit 77
fi

WORK=$(mktemp -d /tmp/meldpunt-notrace.XXXXXX)
HOME_DIR=$WORK/home
RUNTIME_DIR=$WORK/runtime
mkdir -p "$HOME_DIR" && chmod 555 "$HOME_DIR"
mkdir -m 700 "$RUNTIME_DIR"
# MELDPUNT_KEEP_WORK=1 keeps the screenshots and the strace log for a look.
cleanup() { chmod 755 "$HOME_DIR" 2>/dev/null; [ -n "${MELDPUNT_KEEP_WORK:-}" ] && echo "kept: $WORK" || rm -rf "$WORK"; }
trap cleanup EXIT

# The session runs in here, under xvfb-run: it must see the variables set below.
cat > "$WORK/session.sh" <<'SESSION'
#!/bin/bash
set -u
fail() { echo "FAIL: $*"; [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null; exit 1; }
shot() { import -window root "$WORK/$1.png"; }
# Differing pixels between two screenshots (5% colour fuzz: the text cursor blinks).
differ() { compare -metric AE -fuzz 5% "$WORK/$1.png" "$WORK/$2.png" null: 2>&1 | cut -d' ' -f1; }
# "r,g,b" of one pixel at "x,y".
pixel() { convert "$WORK/$1.png" -crop "1x1+${2/,/+}" -format '%[fx:int(255*r+.5)],%[fx:int(255*g+.5)],%[fx:int(255*b+.5)]' info:; }

strace -f -o "$WORK/strace.log" \
    -e trace=openat,open,creat,mkdir,mkdirat,rename,unlink,socket,bind,connect,seccomp \
    "$BINARY" --kiosk --idle-timeout 15 2>"$WORK/stderr.log" &
STRACE=$!
xdotool search --sync --onlyvisible --name "Meldpunt" >/dev/null || fail "no kiosk window appeared"
APP=$(pgrep -P "$STRACE" | head -1)
[ -n "$APP" ] || fail "the program is not running"
sleep 1
# A key on a real keyboard puts the touch keyboard away (touch-keyboard = auto).
xdotool key a BackSpace
sleep 0.5
shot home

xdotool type --delay 40 "anoniem"
xdotool key Return
sleep 0.7
shot answer
[ "$(differ home answer)" -gt 20000 ] || fail "typing a query and Return did not open an answer"

# Idle reset: 15 s without input, then the 15 s countdown, then home as for the next visitor.
START=$(date +%s)
while :; do
    sleep 1
    shot now
    [ "$(differ home now)" -lt 1500 ] && break
    [ $(( $(date +%s) - START )) -gt 40 ] && fail "no idle reset within 40 s"
done
SECONDS_TO_RESET=$(( $(date +%s) - START ))
[ "$SECONDS_TO_RESET" -ge 28 ] || fail "the idle reset came after ${SECONDS_TO_RESET} s, before timeout and countdown"
echo "idle reset after ${SECONDS_TO_RESET} s"

# Quick exit: Shift pressed alone three times.
xdotool type --delay 40 "melden"
xdotool key Return
sleep 0.5
xdotool key --delay 80 shift shift shift
sleep 0.7
shot neutral
[ "$(pixel neutral 20,20)" = "243,243,243" ] || fail "no neutral screen after Shift three times: $(pixel neutral 20,20)"
[ "$(pixel neutral 640,880)" = "243,243,243" ] || fail "the neutral screen does not cover the window"
# A touch there starts a fresh home.
xdotool mousemove 640 450 click 1
sleep 0.7
shot fresh
[ "$(differ home fresh)" -lt 1500 ] || fail "a touch on the neutral screen did not show a fresh home"

kill "$APP"
wait "$STRACE"
exit 0
SESSION
chmod +x "$WORK/session.sh"

env -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u XDG_DATA_HOME -u XDG_STATE_HOME -u QT_QPA_PLATFORM \
    -u DBUS_SESSION_BUS_ADDRESS -u SESSION_MANAGER \
    HOME="$HOME_DIR" XDG_RUNTIME_DIR="$RUNTIME_DIR" WORK="$WORK" BINARY="$BINARY" \
    xvfb-run -a -s "-screen 0 1280x900x24" "$WORK/session.sh"
STATUS=$?
if [ $STATUS -ne 0 ]; then
    echo "--- program's standard error"; cat "$WORK/stderr.log" 2>/dev/null
    exit 1
fi

FAILED=0
LOG=$WORK/strace.log
# Anything opened for writing, created, renamed or removed outside /dev, /proc and the runtime dir.
WRITES=$(grep -E 'open(at)?\(.*O_(WRONLY|RDWR|CREAT|TRUNC)|creat\(|mkdir(at)?\(|rename\(|unlink\(' "$LOG" \
    | grep -vE "\"(/dev/|/proc/|$RUNTIME_DIR)")
if [ -n "$WRITES" ]; then
    echo "FAIL: written outside /dev, /proc and the runtime dir:"; echo "$WRITES"; FAILED=1
fi
if [ -n "$(ls -A "$HOME_DIR")" ]; then
    echo "FAIL: HOME is not empty:"; ls -la "$HOME_DIR"; FAILED=1
fi
SOCKETS=$(grep -E 'socket\(' "$LOG" | grep -vE 'socket\((AF_UNIX|AF_NETLINK),')
if [ -n "$SOCKETS" ]; then
    echo "FAIL: sockets other than AF_UNIX/AF_NETLINK:"; echo "$SOCKETS"; FAILED=1
fi
if ! grep -qE 'seccomp\(SECCOMP_SET_MODE_FILTER, [A-Z_|]*TSYNC[A-Z_|]*, \{len=.*\) = 0' "$LOG"; then
    echo "FAIL: the network sandbox (seccomp) was not installed"; FAILED=1
fi
echo "session: $(grep -c 'open' "$LOG") opens, $(grep -c 'socket(' "$LOG") sockets (all local)"

# Hostile environment and arguments: refused with exit 2 before any socket.
check_refused() {
    local label=$1; shift
    local out
    out=$(env HOME="$HOME_DIR" XDG_RUNTIME_DIR="$RUNTIME_DIR" DISPLAY=:0 \
        timeout 10 strace -f -o "$WORK/hostile.log" -e trace=socket "$@" 2>&1 >/dev/null)
    local status=$?
    if [ $status -ne 2 ]; then
        echo "FAIL: $label: exit $status, not 2: $out"; FAILED=1
    elif ! grep -q "not allowed\|is set\|another host\|not a unix" <<<"$out"; then
        echo "FAIL: $label: no message: $out"; FAILED=1
    elif grep -q 'socket(' "$WORK/hostile.log"; then
        echo "FAIL: $label: a socket was created before the refusal"; FAILED=1
    else
        echo "refused: $label: $(head -1 <<<"$out" | cut -c1-90)"
    fi
}
check_refused "QT_QPA_GENERIC_PLUGINS=tuiotouch" env QT_QPA_GENERIC_PLUGINS=tuiotouch "$BINARY" --kiosk
check_refused "QT_PLUGIN_PATH=/tmp" env QT_PLUGIN_PATH=/tmp "$BINARY" --kiosk
check_refused "QT_QPA_PLATFORM=vnc" env QT_QPA_PLATFORM=vnc "$BINARY" --kiosk
check_refused "-platform vnc" "$BINARY" --kiosk -platform vnc
check_refused "-plugin tuiotouch" "$BINARY" --kiosk -plugin tuiotouch
check_refused "DISPLAY=127.0.0.1:0" env DISPLAY=127.0.0.1:0 "$BINARY" --kiosk
check_refused "DBUS_SESSION_BUS_ADDRESS=tcp:..." env DBUS_SESSION_BUS_ADDRESS=tcp:host=127.0.0.1,port=5555 "$BINARY" --kiosk

[ $FAILED -eq 0 ] && echo "PASS"
exit $FAILED
