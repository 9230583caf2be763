#!/bin/bash
# Boot test, inside the booted container (run by boot-test.sh through nsenter
# as /usr/local/lib/meldpunt-boot-test/checks): the checks, a table row each.
#
# Usage: checks VERSION NEXT-VERSION
# Exit status: 0 when every row passes, 1 otherwise.
set -u
version=$1
next=$2
unit=meldpunt-kiosk.service
getty=getty@tty1.service
results=()
failed=0

row() { # PASS|FAIL CHECK DETAIL
    results+=("$(printf '%-4s  %-52s  %s' "$1" "$2" "$3")")
    printf '%-4s  %-52s  %s\n' "$1" "$2" "$3"
    [ "$1" = PASS ] || failed=$((failed + 1))
}
check() { # CONDITION-STATUS CHECK DETAIL: PASS when the status is 0
    if [ "$1" = 0 ]; then row PASS "$2" "$3"; else row FAIL "$2" "$3"; fi
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
app_pid() { pgrep -u meldpunt-kiosk -x meldpunt-kiosk | head -n 1; }
main_pid() { systemctl show -P MainPID "$unit"; }
# wait_app OLD SECONDS: the pid of a running program other than OLD.
wait_app() {
    local end pid
    end=$(awk -v s="$2" -v n="$(now)" 'BEGIN { printf "%.2f", n + s }')
    while awk -v e="$end" -v n="$(now)" 'BEGIN { exit !(n < e) }'; do
        pid=$(app_pid)
        if [ -n "$pid" ] && [ "$pid" != "$1" ]; then echo "$pid"; return 0; fi
        sleep 0.1
    done
    return 1
}
# The monotonic time getty@tty1 last left "inactive": unchanged means it never started.
getty_started_at() { systemctl show -P InactiveExitTimestampMonotonic "$getty"; }
is_descendant() { # PID ANCESTOR
    local p=$1
    while [ -n "$p" ] && [ "$p" -gt 1 ]; do
        [ "$p" = "$2" ] && return 0
        p=$(awk '/^PPid:/ { print $2 }' "/proc/$p/status" 2>/dev/null)
    done
    return 1
}
filters() { awk '/^Seccomp_filters:/ { print $2 }' "/proc/$1/status" 2>/dev/null; }

# systemd's bus first (systemctl fails until D-Bus is up), then the end of the boot.
for _ in $(seq 300); do systemctl show -P ActiveState dbus.socket >/dev/null 2>&1 && break; sleep 0.1; done
echo "boot: $(timeout 120 systemctl is-system-running --wait 2>&1)"
systemctl --no-legend --failed | sed 's/^/      failed unit: /'
echo

# --- The session at boot ----------------------------------------------------------
getty0=$(getty_started_at)
app=$(wait_app "" 60 || true)
main=$(main_pid)
state=$(systemctl show -P ActiveState "$unit")
if [ -n "$app" ] && [ "$state" = active ] && is_descendant "$app" "$main"; then
    row PASS "kiosk unit up at boot, program running under it" \
        "pid $app, $(grep -m1 -o '[^/]*\.\(service\|scope\)$' "/proc/$app/cgroup" || true)"
else
    row FAIL "kiosk unit up at boot, program running under it" "unit $state, program '${app}', main '${main}'"
fi
check "$([ "$(systemctl is-active "$getty")" != active ]; echo $?)" \
    "no login prompt (getty@tty1) beside the kiosk at boot" "getty@tty1: $(systemctl is-active "$getty")"

# Seccomp: systemd's filters are inherited by every process of the unit; the
# program adds its own on top of them.
sleep 3
parent=$(awk '/^PPid:/ { print $2 }' "/proc/$app/status" 2>/dev/null)
fa=$(filters "$app")
fp=$(filters "$parent")
refused=$(journalctl -b -u "$unit" -o cat | grep -c "sandbox could not be installed")
check "$([ -n "$fa" ] && [ -n "$fp" ] && [ "$fa" -gt "$fp" ] && [ "$refused" = 0 ]; echo $?)" \
    "program's own seccomp filter installed" \
    "filters: program $fa, its parent $fp; 'could not be installed' x$refused"

# pam_systemd moves the session's processes into a logind session scope, so
# their output carries _SYSTEMD_UNIT=session-N.scope: "journalctl -u" shows
# systemd's lines about the unit, "journalctl -t meldpunt-kiosk" (the unit's
# SyslogIdentifier=) the output of the wrapper, cage and the program.
lines=$(journalctl -b -t meldpunt-kiosk -o cat | grep -c "kiosk-session: starting cage")
all=$(journalctl -b -t meldpunt-kiosk -o cat | wc -l)
scope=$(journalctl -b -t meldpunt-kiosk -o export | grep -m1 '^_SYSTEMD_UNIT=' | cut -d= -f2)
check "$([ "$lines" -ge 1 ]; echo $?)" "journalctl -t meldpunt-kiosk shows the session's output" \
    "$lines 'starting cage' line(s), $all lines in all (from $scope)"

# --- The screen -------------------------------------------------------------------
rm -f /root/boot-test-home.png
if XDG_RUNTIME_DIR=/run/meldpunt-kiosk WAYLAND_DISPLAY=wayland-0 grim /root/boot-test-home.png 2>/root/grim.log \
    && [ -s /root/boot-test-home.png ]; then
    info=$(python3 - /root/boot-test-home.png <<'EOF'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
w, h = struct.unpack(">II", data[16:24])
# Distinct bytes of the decompressed image: a blank screen has a handful.
raw, pos = b"", 8
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        raw += data[pos + 8:pos + 8 + n]
    pos += 12 + n
print("%dx%d %d distinct byte values %d" % (w, h, len(set(zlib.decompress(raw))), len(data)))
EOF
)
    distinct=$(echo "$info" | awk '{ print $2 }')
    check "$([ "${distinct:-0}" -gt 40 ]; echo $?)" "screenshot of the kiosk (grim on the Wayland socket)" \
        "$(echo "$info" | awk '{ printf "%s, %s bytes, not blank", $1, $6 }')"
else
    row FAIL "screenshot of the kiosk (grim on the Wayland socket)" "$(head -c 200 /root/grim.log)"
fi

# --- Input devices and network ---------------------------------------------------
# A synthetic udev event, as udevd sends one for a plugged touch screen: on
# netlink group 2 of the network namespace udevd runs in. Heard in the
# program's network namespace (libinput listens there)?
cat >/root/uevent.py <<'EOF'
import socket, struct, sys
NETLINK_KOBJECT_UEVENT, UDEV_GROUP = 15, 2
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_KOBJECT_UEVENT)
if sys.argv[1] == "listen":
    s.bind((0, UDEV_GROUP))
    s.settimeout(float(sys.argv[2]))
    print("listening", flush=True)
    try:
        while True:
            if b"MELDPUNT_BOOT_TEST=1" in s.recv(8192):
                print("received")
                break
    except socket.timeout:
        print("nothing")
else:
    props = b"".join(p + b"\0" for p in (b"ACTION=add", b"DEVPATH=/devices/virtual/input/input990",
        b"SUBSYSTEM=input", b"SEQNUM=990", b"ID_INPUT=1", b"ID_INPUT_TOUCHSCREEN=1", b"MELDPUNT_BOOT_TEST=1"))
    # libudev's header: "libudev", magic 0xfeedcafe, header size, offset and length of the properties.
    header = b"libudev\0" + struct.pack(">I", 0xFEEDCAFE)
    header += struct.pack("=IIIIIII", 40, 40, len(props), 0, 0, 0, 0)
    s.bind((0, 0))
    s.sendto(header + props, (0, UDEV_GROUP))
EOF
app=$(app_pid)
same=different
[ "$(readlink "/proc/$app/ns/net")" = "$(readlink /proc/1/ns/net)" ] && same=same
nsenter --target "$app" --net python3 /root/uevent.py listen 4 >/root/uevent.out 2>&1 &
listener=$!
for _ in $(seq 30); do grep -q listening /root/uevent.out 2>/dev/null && break; sleep 0.1; done
python3 /root/uevent.py send
wait "$listener"
check "$(grep -q received /root/uevent.out; echo $?)" "a plugged input device's udev event reaches the program" \
    "$(tail -n 1 /root/uevent.out); network namespace: $same as udevd's"

# No internet socket in any process of the session, in the program's namespace.
inet=""
for pid in $(pgrep -u meldpunt-kiosk); do
    inet+=$(nsenter --target "$app" --net ss -H -a -n -p -f inet -f inet6 2>/dev/null | grep "pid=$pid," || true)
done
check "$([ -z "$inet" ]; echo $?)" "no AF_INET/AF_INET6 socket in the session (ss -p)" \
    "$(pgrep -c -u meldpunt-kiosk) processes; ${inet:-none}"

# --- Restarts that never show a login prompt ------------------------------------------
# restart_row CHECK ACTION...: do ACTION, then a new program within 5 s and no getty.
restart_row() {
    local name=$1 old t0 new took
    shift
    old=$(app_pid)
    t0=$(now)
    "$@"
    new=$(wait_app "$old" 15 || true)
    took=$(since "$t0")
    sleep 1
    if [ -n "$new" ] && awk -v t="$took" 'BEGIN { exit !(t <= 5) }' \
        && [ "$(getty_started_at)" = "$getty0" ] && [ "$(systemctl is-active "$getty")" != active ] \
        && [ "$(systemctl show -P ActiveState "$unit")" = active ]; then
        row PASS "$name" "program back in $took s (pid $old -> $new), no getty"
    else
        row FAIL "$name" "program '${new}' after $took s, getty@tty1 $(systemctl is-active "$getty"), unit $(systemctl show -P ActiveState "$unit")"
    fi
}
restart_row "SIGSEGV to the program: back within 5 s, no getty" kill -SEGV "$(app_pid)"
restart_row "systemctl restart: back within 5 s, no getty" systemctl restart "$unit"
restart_row "SIGHUP to the session: back within 5 s, no getty" kill -HUP "$(main_pid)"

# --- Upgrade, unattended ----------------------------------------------------------
# An administrator's change to the settings, then the next version, whose
# settings template changed, with nobody to answer a question.
sed -i 's/^;idle-timeout = 90$/idle-timeout = 120/' /etc/meldpunt-kiosk/kiosk.conf
before=$(app_pid)
t0=$(now)
DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -q "/root/debs/meldpunt-kiosk_$next.deb" \
    </dev/null >/root/upgrade.log 2>&1
rc=$?
took=$(since "$t0")
status=$(dpkg-query -W -f '${Status} ${Version}' meldpunt-kiosk)
prompt=$(grep -ci "configuration file" /root/upgrade.log)
kept=$(grep -c '^idle-timeout = 120$' /etc/meldpunt-kiosk/kiosk.conf)
check "$([ "$rc" = 0 ] && [ "$status" = "install ok installed $next" ] && [ "$prompt" = 0 ] && [ "$kept" = 1 ]; echo $?)" \
    "upgrade $version -> $next, noninteractive: no prompt" \
    "apt $rc in $took s, '$status', conffile questions $prompt, admin's setting kept $kept"
check "$([ -e /run/reboot-required ] && grep -qx meldpunt-kiosk /run/reboot-required.pkgs && [ "$(app_pid)" = "$before" ]; echo $?)" \
    "upgrade asks for the nightly reboot, visitor undisturbed" \
    "/run/reboot-required: $(cat /run/reboot-required.pkgs 2>/dev/null | tr '\n' ' ')program pid $before -> $(app_pid)"

# --- The administrator's exit -------------------------------------------------------
mkdir -p /run/meldpunt-boot-test
touch /run/meldpunt-boot-test/admin-exit
systemctl restart "$unit"
t0=$(now)
for _ in $(seq 200); do
    [ "$(systemctl show -P ActiveState "$unit")" = inactive ] && [ "$(systemctl is-active "$getty")" = active ] && break
    sleep 0.1
done
took=$(since "$t0")
said=$(journalctl -b -u "$unit" -o cat | grep -c "administrator left kiosk mode")
check "$([ "$(systemctl show -P ActiveState "$unit")" = inactive ] && [ "$(systemctl is-active "$getty")" = active ] && [ "$said" -ge 1 ]; echo $?)" \
    "administrator's exit (status 0): unit stops, getty appears" \
    "unit $(systemctl show -P ActiveState "$unit") ($(systemctl show -P Result "$unit")), getty@tty1 $(systemctl is-active "$getty") after $took s"
rm -f /run/meldpunt-boot-test/admin-exit
t0=$(now)
systemctl start "$unit"
new=$(wait_app "" 15 || true)
check "$([ -n "$new" ] && [ "$(systemctl is-active "$getty")" != active ]; echo $?)" \
    "systemctl start after it: kiosk back, getty gone" \
    "program pid '${new}' after $(since "$t0") s, getty@tty1 $(systemctl is-active "$getty")"

# --- The Ansible role, for real ---------------------------------------------------
# packaging/ansible/site.yml on this machine (connection local, no apt
# repository, no reboot): settings with a comma and quotes in the neutral text.
# Passes when it runs, the program reads the file it wrote without a complaint,
# and a second run changes nothing.
cat >/root/ansible/inventory <<'EOF'
[kiosks]
localhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3
[kiosks:vars]
meldpunt_update_cache=false
meldpunt_reboot_allowed=false
meldpunt_idle_timeout=60
meldpunt_touch_keyboard=on
meldpunt_neutral_text='Welkom in de bibliotheek, "De Nieuwe Bieb"'
EOF
t0=$(now)
since_ansible=$(date '+%Y-%m-%d %H:%M:%S')
(cd /root/ansible && ANSIBLE_NOCOLOR=1 timeout 600 ansible-playbook -i inventory site.yml >/root/ansible-1.log 2>&1)
rc1=$?
took=$(since "$t0")
(cd /root/ansible && ANSIBLE_NOCOLOR=1 timeout 600 ansible-playbook -i inventory site.yml >/root/ansible-2.log 2>&1)
rc2=$?
changed2=$(grep -o 'changed=[0-9]*' /root/ansible-2.log | tail -n 1)
wait_app "" 15 >/dev/null || true
sleep 2
complaints=$(journalctl -t meldpunt-kiosk --since "$since_ansible" -o cat | grep -c "kiosk.conf:")
quotes=$(grep -c '^neutral-text = "Welkom in de bibliotheek, "De Nieuwe Bieb""$' /etc/meldpunt-kiosk/kiosk.conf)
check "$([ "$rc1" = 0 ] && [ "$rc2" = 0 ] && [ "$changed2" = changed=0 ] && [ "$complaints" = 0 ] && [ "$quotes" = 1 ] && [ -n "$(app_pid)" ]; echo $?)" \
    "Ansible role: real run, config read cleanly, idempotent" \
    "runs $rc1 ($took s) and $rc2 ($changed2); complaints about kiosk.conf $complaints; unescaped quotes $quotes"

# --- No core dump -------------------------------------------------------------------
# cage 0.1.4 aborts on every stop; several stops and a SIGSEGV happened above.
sleep 2
cores=$(find / -xdev -type f \( -name core -o -name 'core.[0-9]*' \) 2>/dev/null; \
        find /run /tmp /var/tmp /var/lib/systemd/coredump -type f -name 'core*' 2>/dev/null)
cores=$(for f in $cores; do
    # ELF with e_type 4 (ET_CORE)
    [ "$(od -An -tx1 -j16 -N1 "$f" 2>/dev/null | tr -d ' ')" = 04 ] && [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] && echo "$f"
done | sort -u)
limit=$(awk '/^Max core file size/ { print $5 }' "/proc/$(app_pid)/limits")
aborted=$(journalctl -b -o cat | grep -c "wl_display_terminate\|Assertion")
check "$([ -z "$cores" ] && [ "$limit" = 0 ]; echo $?)" "no core dump left" \
    "core files: ${cores:-none}; core limit of the program $limit; cage assertions in the journal $aborted"

echo
echo "================ meldpunt-kiosk boot test (systemd $(systemctl --version | awk 'NR == 1 { print $2 }'), $version -> $next) ================"
printf '%s\n' "${results[@]}"
echo "$(( ${#results[@]} - failed )) passed, $failed failed"
[ "$failed" = 0 ]
