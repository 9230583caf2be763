#!/bin/sh
# The shipped session script (packaging/kiosk/kiosk-session) with a stand-in for
# cage: which input setting cage is given, and that the program's exit status
# comes back out of the session. Runs in a second, touches no device.
#
# Usage: kiosk-session-script.sh PATH/TO/kiosk-session
set -u
session=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# cage's stand-in: notes its environment, then runs its client (what follows "--").
cat >"$work/cage" <<'CAGE'
#!/bin/sh
echo "${WLR_LIBINPUT_NO_DEVICES-unset}" >"$CAGE_NOTE"
while [ $# -gt 0 ] && [ "$1" != -- ]; do shift; done
shift
"$@"
CAGE
cat >"$work/program" <<'PROGRAM'
#!/bin/sh
exit "$PROGRAM_STATUS"
PROGRAM
chmod +x "$work/cage" "$work/program"
mkdir "$work/with-input" "$work/no-input"
: >"$work/with-input/event0"

# run NAME INPUT-DIR PROGRAM-STATUS [VAR=VALUE...]: the session's exit status, and what cage got
run() {
    name=$1 input=$2 status=$3
    shift 3
    mkdir -p "$work/run-$name"
    env -u WLR_LIBINPUT_NO_DEVICES -u LIBSEAT_BACKEND "$@" \
        RUNTIME_DIRECTORY="$work/run-$name" MELDPUNT_KIOSK_CAGE="$work/cage" \
        MELDPUNT_KIOSK_PROGRAM="$work/program" MELDPUNT_KIOSK_INPUT_DIR="$input" \
        CAGE_NOTE="$work/note-$name" PROGRAM_STATUS="$status" \
        sh "$session" >"$work/out-$name" 2>&1
    echo $?
}
expect() { # WHAT GOT WANTED
    if [ "$2" = "$3" ]; then
        echo "PASS  $1: $2"
    else
        echo "FAIL  $1: got '$2', wanted '$3'"
        failed=1
    fi
}

got=$(run keyboard "$work/with-input" 0)
expect "an input device at start: cage announces it at once (no WLR_LIBINPUT_NO_DEVICES)" \
    "$(cat "$work/note-keyboard")" unset
expect "an administrator's exit (0) ends the session with 0" "$got" 0

got=$(run none "$work/no-input" 0)
expect "no input device at start: cage starts anyway (WLR_LIBINPUT_NO_DEVICES=1)" \
    "$(cat "$work/note-none")" 1
expect "... and says so" "$(grep -c 'no input device yet' "$work/out-none")" 1

got=$(run given "$work/with-input" 0 WLR_LIBINPUT_NO_DEVICES=1)
expect "a setting given by the unit is left as it is" "$(cat "$work/note-given")" 1

got=$(run crash "$work/with-input" 3)
expect "a program that ends with 3 ends the session with 3 (systemd restarts it)" "$got" 3

exit "$failed"
