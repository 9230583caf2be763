#!/bin/bash
# One session of kiosk-no-trace.sh, which runs this as root in a new mount, PID and network
# namespace: a private /tmp, a display (Xvfb + openbox, or cage), the kiosk under strace -ff,
# a visit, and what the visit left in HOME, /tmp and the runtime dir.
#
# usage: kiosk-session.sh SESSION /path/to/meldpunt-kiosk OUTPUT_DIR
# writes to OUTPUT_DIR: trace.<pid> (strace), visit, left-home, left-tmp, left-runtime, a11y
set -u
export SESSION=$1 BINARY=$2 OUT=$3
PHASE=${4:-setup}

# The test's own files (the program's copy, the traces, screenshots): left out of the listing.
export K=/tmp/.kiosk-test
export TRACE=$K/trace

shot() { import -window root "$K/$1.png"; }
# Differing pixels between two screenshots (5% colour fuzz: the text cursor blinks).
differ() { compare -metric AE -fuzz 5% "$K/$1.png" "$K/$2.png" null: 2>&1 | cut -d' ' -f1; }
# "r,g,b" of one pixel at "x,y".
pixel() { convert "$K/$1.png" -crop "1x1+${2/,/+}" -format '%[fx:int(255*r+.5)],%[fx:int(255*g+.5)],%[fx:int(255*b+.5)]' info:; }
snapshot() { find /tmp -path "$K" -prune -o -print 2>/dev/null | sort; }

# The kiosk under strace, with only the variables the session gives it.
start_kiosk() {
    local environment=(PATH=/usr/bin:/bin LANG=C.UTF-8 "HOME=$HOME_DIR")
    [ -n "$RUNTIME_DIR" ] && environment+=("XDG_RUNTIME_DIR=$RUNTIME_DIR")
    [ -n "${DISPLAY:-}" ] && environment+=("DISPLAY=$DISPLAY")
    [ -n "${WAYLAND_DISPLAY:-}" ] && environment+=("WAYLAND_DISPLAY=$WAYLAND_DISPLAY" QT_QPA_PLATFORM=wayland)
    [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && environment+=("DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS")
    [ "$SESSION" = x11-a11y ] && environment+=(QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1)
    env -i "${environment[@]}" strace -ff -qq -o "$TRACE/trace" \
        -e trace=%file,%process,%network,truncate,ftruncate,seccomp \
        "$K/meldpunt-kiosk" --kiosk --idle-timeout 600 2>"$TRACE/stderr" &
    STRACE=$!
}

# strace ends with the last process it traces: a leftover child (a dbus-daemon) would keep
# it; after 5 s it is ended, and the namespace ends the rest.
stop_kiosk() {
    local app
    app=$(pgrep -P "$STRACE" | head -1)
    [ -n "$app" ] && kill -TERM "$app"
    for _ in $(seq 50); do
        kill -0 "$STRACE" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$STRACE" 2>/dev/null && { echo "leftover processes after the kiosk ended"; kill -KILL "$STRACE"; }
    wait "$STRACE" 2>/dev/null
}

# What appeared in /tmp (HOME and the runtime dir are in it) while the kiosk ran.
listing() {
    comm -13 "$TRACE/before" "$TRACE/after" >"$TRACE/new"
    grep -E "^$HOME_DIR(/|$)" "$TRACE/new" >"$TRACE/left-home"
    if [ -n "$RUNTIME_DIR" ]; then
        grep -E "^$RUNTIME_DIR/" "$TRACE/new" >"$TRACE/left-runtime"
    else
        grep -E '^/tmp/runtime-' "$TRACE/new" >"$TRACE/left-runtime"
    fi
    grep -vE "^$HOME_DIR(/|$)|^${RUNTIME_DIR:-/tmp/runtime-}" "$TRACE/new" >"$TRACE/left-tmp"
}

# A visitor's visit on X11: search by typing, an answer, quick exit by Shift three times.
x11_visit() {
    snapshot >"$TRACE/before"
    start_kiosk
    local visit="ok: search, answer, quick exit"
    # Polled rather than --sync: a window that goes while xdotool looks makes it fail.
    local found=""
    for _ in $(seq 60); do
        xdotool search --onlyvisible --name Meldpunt >/dev/null 2>&1 && { found=yes; break; }
        sleep 0.3
    done
    local geometry
    if [ -z "$found" ]; then
        visit="no kiosk window"
    elif sleep 1; geometry=$(xdotool search --onlyvisible --name Meldpunt getwindowgeometry --shell 2>/dev/null \
            | sed -n 's/^\(WIDTH\|HEIGHT\)=//p' | paste -sd x) && [ "$geometry" != "$SCREEN_SIZE" ]; then
        # Full screen is the screen's size, with a window manager or without one.
        visit="window ${geometry:-not measured}, screen $SCREEN_SIZE"
    else
        # A key on a real keyboard puts the touch keyboard away (touch-keyboard = auto).
        xdotool key a BackSpace
        sleep 0.5
        shot home
        xdotool type --delay 30 anoniem
        xdotool key Return
        # Polled: on a busy machine a frame can take a while.
        for _ in $(seq 20); do
            sleep 0.3
            shot answer
            [ "$(differ home answer)" -gt 20000 ] && break
        done
        if [ "$(differ home answer)" -le 20000 ]; then
            visit="typing and Return opened no answer"
        else
            xdotool key --delay 80 shift shift shift
            for _ in $(seq 20); do
                sleep 0.3
                shot neutral
                [ "$(pixel neutral 20,20)" = "243,243,243" ] && break
            done
            [ "$(pixel neutral 20,20)" = "243,243,243" ] || visit="no neutral screen after Shift x3"
        fi
    fi
    stop_kiosk
    snapshot >"$TRACE/after"
    echo "$visit" >"$TRACE/visit"
    if [ "$SESSION" = x11-a11y ]; then
        if grep -qsE 'connect\(.*at-spi/bus' "$TRACE"/trace.*; then
            echo "reached the AT-SPI bus" >"$TRACE/a11y"
        else
            echo "did NOT reach the AT-SPI bus" >"$TRACE/a11y"
        fi
    fi
}

# In cage, as the user nobody: no way to type (see kiosk-no-trace.sh), so start, a
# screenshot of the home screen, idle, end.
cage_visit() {
    unset DISPLAY
    snapshot >"$TRACE/before"
    start_kiosk
    local visit="ok: start, home shown, end (no input)"
    sleep 4
    if ! grim "$TRACE/home.png" 2>"$TRACE/grim.log"; then
        visit="no screenshot (grim)"
    elif [ "$(convert "$TRACE/home.png" -format '%k' info:)" -lt 50 ]; then
        visit="no home screen on the screenshot"
    elif [ "$(convert "$TRACE/home.png" -crop 1x1+4+4 -format '%[fx:int(255*r+.5)]' info:)" != 255 ]; then
        # The header is white to the top edge: no title bar drawn by Qt (grey, 239). The
        # header's top left corner is its own margin, whatever buttons the header holds.
        visit="a title bar on the kiosk window"
    fi
    sleep 1
    stop_kiosk
    snapshot >"$TRACE/after"
    echo "$visit" >"$TRACE/visit"
}

case $PHASE in
x11-visit) x11_visit; exit 0 ;;
cage-visit) cage_visit; exit 0 ;;
esac

# ---- setup, as root, in the namespaces ---------------------------------------------------
mount -t tmpfs -o mode=1777 tmpfs /tmp || { echo "no private /tmp"; exit 1; }
mkdir -m 755 "$K"
mkdir -m 777 "$TRACE"
install -m 755 "$BINARY" "$K/meldpunt-kiosk"

export HOME_DIR=/tmp/home RUNTIME_DIR=/tmp/runtime
case $SESSION in
x11-no-runtime-dir) RUNTIME_DIR= ;;
x11-missing-home) HOME_DIR=/tmp/no-such-home RUNTIME_DIR= ;;
esac
[ "$SESSION" != x11-missing-home ] && mkdir -m 755 "$HOME_DIR"
# Read-only even for root: its own read-only file system.
[ "$SESSION" = x11-readonly-home ] && mount -t tmpfs -o ro,mode=755 tmpfs "$HOME_DIR"
[ -n "$RUNTIME_DIR" ] && mkdir -m 700 "$RUNTIME_DIR"

if [ "$SESSION" = wayland-cage ]; then
    # As the packaged unit starts cage: WLR_XWAYLAND names a program so that cage 0.1.4 starts
    # without Xwayland installed (a fresh machine has none); no X client ever asks for it.
    chown nobody:nogroup "$HOME_DIR" "$RUNTIME_DIR"
    chmod 700 "$RUNTIME_DIR"
    env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" XDG_RUNTIME_DIR="$RUNTIME_DIR" \
        WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman WLR_XWAYLAND=/usr/bin/false \
        SESSION="$SESSION" BINARY="$BINARY" OUT="$OUT" K="$K" TRACE="$TRACE" \
        HOME_DIR="$HOME_DIR" RUNTIME_DIR="$RUNTIME_DIR" \
        setpriv --reuid=nobody --regid=nogroup --clear-groups \
        cage -- bash "$0" "$SESSION" "$BINARY" "$OUT" cage-visit >"$K/cage.log" 2>&1
else
    # Larger than the workstation window (1280x900 at most): a window that is not made full
    # screen shows. Without a window manager, a screen smaller than it.
    export SCREEN_SIZE=1366x1024
    [ "$SESSION" = x11-no-wm ] && SCREEN_SIZE=1024x768
    Xvfb :1 -screen 0 "${SCREEN_SIZE}x24" -nolisten tcp >"$K/xvfb.log" 2>&1 &
    for _ in $(seq 50); do [ -S /tmp/.X11-unix/X1 ] && break; sleep 0.1; done
    export DISPLAY=:1
    if [ "$SESSION" != x11-no-wm ]; then
        HOME=$K openbox >"$K/openbox.log" 2>&1 &
        sleep 0.5
    fi
    if [ "$SESSION" = x11-a11y ]; then
        # The session bus with the accessibility bus and its registry up before the visit
        # (they keep their own files in the runtime dir; the kiosk must add none).
        export XDG_RUNTIME_DIR=$RUNTIME_DIR HOME=$K
        dbus-run-session -- bash -c '
            /usr/libexec/at-spi-bus-launcher >/dev/null 2>&1 &
            for _ in $(seq 50); do
                A11Y=$(dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress 2>/dev/null | grep -o "unix:[^\"]*") && break
                sleep 0.1
            done
            dbus-send --address="$A11Y" --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.StartServiceByName string:org.a11y.atspi.Registry uint32:0 >/dev/null 2>&1
            sleep 0.5
            bash "$0" "$SESSION" "$BINARY" "$OUT" x11-visit' "$0"
    else
        # dbus-x11 is installed: without the program's care libdbus would autolaunch a bus.
        unset DBUS_SESSION_BUS_ADDRESS
        bash "$0" "$SESSION" "$BINARY" "$OUT" x11-visit
    fi
fi

[ -f "$TRACE/after" ] && listing
cp -r "$TRACE"/. "$OUT"/
cp "$K"/*.png "$K"/*.log "$OUT"/ 2>/dev/null
exit 0
