#!/bin/bash
# The kiosk session as a library's administrator runs it: the built .deb in a
# Debian 12 system booted with real systemd, and the kiosk unit enabled.
#
# Usage (as root):  tests/system/boot-test.sh PACKAGE.deb [OUTDIR]
#                   make boot-test
#
# 1. A Debian 12 root file system made by mmdebstrap from deb.debian.org (or
#    $MELDPUNT_BOOT_MIRROR), with the package's Depends: and the test's tools,
#    cached as a tarball in $MELDPUNT_BOOT_CACHE (/var/cache/meldpunt-boot-test)
#    under a key made of that package list: made once, reused by every run.
# 2. A copy of it in a temporary directory; the .deb installed with apt (no
#    network: every dependency must come from the Depends: above), the unit
#    enabled, graphical.target the default.
# 3. systemd-nspawn --boot with its own network namespace. Why not qemu: a
#    container shares the host kernel, so no kernel, initramfs or disk image
#    has to be built, and the machine boots in seconds; systemd 252, logind,
#    PAM and every sandboxing setting of the unit run for real. What a
#    container lacks is hardware: no virtual terminals, no DRM, no input
#    devices, no udevd. So, for this test only, two drop-ins (printed in the
#    report): cage's headless backend without a tty, and getty@tty1 with a
#    stand-in for agetty (sleep) and without its /dev/tty0 condition, so that
#    "a login prompt on tty1" is getty@tty1.service being active, as on a
#    real terminal. A third drop-in runs the program through a stand-in that
#    ends it like an administrator does (exit status 0, through Qt's normal
#    quit) once the test asks for it.
# 4. Checks, each a row of the table: PASS or FAIL. Exit status 0 when all
#    pass, 1 otherwise, 77 (skipped) when not root or a tool is missing.
#
# Needs: mmdebstrap, systemd-container (systemd-nspawn), dpkg-dev, util-linux
# (nsenter); network access to the Debian mirror the first time.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 PACKAGE.deb [OUTDIR]" >&2
    exit 2
fi
deb=$(realpath "$1")
outdir=$(realpath -m "${2:-.}")
[ -f "$deb" ] || { echo "$0: no such file: $deb" >&2; exit 2; }
if [ "$(id -u)" != 0 ]; then
    echo "boot-test: SKIP: needs root (mmdebstrap, systemd-nspawn)" >&2
    exit 77
fi
for tool in mmdebstrap systemd-nspawn nsenter dpkg-deb; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "boot-test: SKIP: $tool is not installed (make boot-test installs it)" >&2
        exit 77
    fi
done

suite=bookworm
mirror=${MELDPUNT_BOOT_MIRROR:-http://deb.debian.org/debian}
security=${MELDPUNT_BOOT_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
cache=${MELDPUNT_BOOT_CACHE:-/var/cache/meldpunt-boot-test}
started=$(date +%s)

# --- 1. The root file system, cached -------------------------------------------
# The test's tools: systemd as init, D-Bus and logind, ss, pgrep, grim for the
# screenshot, python3 for the synthetic udev event, ansible-core and python3-apt
# (its apt module) for a real run
# of packaging/ansible/site.yml.
tools="systemd systemd-sysv dbus libpam-systemd iproute2 procps grim python3 apt ansible-core python3-apt"
# The package's Depends:, first of each alternative, without versions.
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/:any//; s/[[:space:]]//g' | grep -v '^$')
packages=$(printf '%s\n' $tools $depends | sort -u)
key=$( { echo "$suite $mirror $security"; echo "$packages"; } | sha256sum | cut -c1-16)
tarball=$cache/rootfs-$suite-$key.tar
mkdir -p "$cache"
if [ ! -s "$tarball" ]; then
    echo "boot-test: making the Debian 12 root file system (once; cached as $tarball)"
    t0=$(date +%s)
    mmdebstrap --quiet --variant=apt --format=tar --include="$(echo $packages | tr ' ' ',')" \
        --customize-hook='echo meldpunt-boot-test >"$1/etc/hostname"' \
        "$suite" "$tarball.part" \
        "deb $mirror $suite main" "deb $mirror $suite-updates main" \
        "deb $security $suite-security main" </dev/null
    mv "$tarball.part" "$tarball"
    echo "boot-test: root file system made in $(( $(date +%s) - t0 )) s ($(du -h "$tarball" | cut -f1))"
else
    echo "boot-test: root file system from the cache: $tarball"
fi

# --- 2. A copy, the package installed, the unit enabled -------------------------
work=$(mktemp -d /var/tmp/meldpunt-boot-test.XXXXXX)
root=$work/root
nspawn_pid=
cleanup() {
    if [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null; then
        kill -TERM "$nspawn_pid" 2>/dev/null || true
        for _ in $(seq 30); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 1; done
        kill -KILL "$nspawn_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
mkdir -p "$root" "$outdir"
tar -C "$root" -xf "$tarball"

# The upgrade: the same package as the next patch version, with a changed
# settings template (what made dpkg stop at its conffile prompt before).
version=$(dpkg-deb -f "$deb" Version)
next=$(echo "$version" | awk -F. '{ $NF = $NF + 1; print }' OFS=.)
mkdir -p "$root/root/debs" "$work/repack"
cp "$deb" "$root/root/debs/meldpunt-kiosk_${version}.deb"
dpkg-deb -R "$deb" "$work/repack"
sed -i "s/^Version: .*/Version: $next/" "$work/repack/DEBIAN/control"
echo "; (changed in $next for the boot test's upgrade)" >>"$work/repack/usr/share/meldpunt-kiosk/kiosk.conf"
(cd "$work/repack" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | xargs -0 md5sum >DEBIAN/md5sums)
dpkg-deb --root-owner-group -b "$work/repack" "$root/root/debs/meldpunt-kiosk_${next}.deb" >/dev/null

# Test-only drop-ins and the stand-in program (see the header).
mkdir -p "$root/etc/systemd/system/meldpunt-kiosk.service.d" \
         "$root/etc/systemd/system/getty@tty1.service.d" "$root/usr/local/lib/meldpunt-boot-test"
cat >"$root/etc/systemd/system/meldpunt-kiosk.service.d/boot-test.conf" <<'EOF'
# Boot test only: a container has no virtual terminal, DRM or input devices.
[Unit]
ConditionPathExists=
[Service]
Environment=WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1
Environment=MELDPUNT_KIOSK_PROGRAM=/usr/local/lib/meldpunt-boot-test/program
StandardInput=null
TTYPath=
TTYReset=no
TTYVHangup=no
TTYVTDisallocate=no
EOF
cat >"$root/etc/systemd/system/getty@tty1.service.d/boot-test.conf" <<'EOF'
# Boot test only: no /dev/tty1 in a container; "sleep" stands in for agetty.
[Unit]
ConditionPathExists=
[Service]
ExecStart=
ExecStart=/bin/sleep infinity
StandardInput=null
StandardOutput=journal
TTYPath=
TTYReset=no
TTYVHangup=no
TTYVTDisallocate=no
EOF
cat >"$root/usr/local/lib/meldpunt-boot-test/program" <<'EOF'
#!/bin/sh
# Boot test: the real program. Once /run/meldpunt-boot-test/admin-exit exists,
# it leaves like an administrator does: exit status 0 through Qt's normal quit
# (--quit-after-first-paint: the window is shown, then QCoreApplication::exit(0)).
if [ -e /run/meldpunt-boot-test/admin-exit ]; then
    exec /usr/bin/meldpunt-kiosk --quit-after-first-paint "$@"
fi
exec /usr/bin/meldpunt-kiosk "$@"
EOF
chmod 755 "$root/usr/local/lib/meldpunt-boot-test/program"
echo "boot-test: the test's own drop-ins (a container has no tty, screen or input devices):"
for f in "$root"/etc/systemd/system/meldpunt-kiosk.service.d/boot-test.conf \
         "$root"/etc/systemd/system/getty@tty1.service.d/boot-test.conf; do
    echo "    ${f#"$root"}"
    grep -v '^#' "$f" | sed 's/^/        /'
done

echo "boot-test: installing meldpunt-kiosk $version with apt (no network)"
if ! systemd-nspawn --quiet --register=no --keep-unit --private-network -D "$root" /bin/sh -c "
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q /root/debs/meldpunt-kiosk_${version}.deb </dev/null &&
        systemctl enable meldpunt-kiosk.service &&
        systemctl set-default graphical.target" >"$outdir/boot-test-install.log" 2>&1; then
    cat "$outdir/boot-test-install.log"
    echo "boot-test: FAIL: the package does not install with its dependencies" >&2
    exit 1
fi

# --- 3. Boot --------------------------------------------------------------------
cp "$(dirname "$0")/boot-test-checks.sh" "$root/usr/local/lib/meldpunt-boot-test/checks"
cp -r "$(dirname "$0")/../../packaging/ansible" "$root/root/ansible"
chmod 755 "$root/usr/local/lib/meldpunt-boot-test/checks"
echo "boot-test: booting with systemd-nspawn --boot"
systemd-nspawn --quiet --register=no --keep-unit --private-network --console=passive \
    --machine=meldpunt-boot-test -D "$root" --boot >"$outdir/boot-test-console.log" 2>&1 &
nspawn_pid=$!
leader=
for _ in $(seq 100); do
    leader=$(pgrep -P "$nspawn_pid" | head -n 1 || true)
    [ -n "$leader" ] && [ "$(cat "/proc/$leader/comm" 2>/dev/null)" = systemd ] && break
    leader=
    sleep 0.2
done
if [ -z "$leader" ]; then
    cat "$outdir/boot-test-console.log"
    echo "boot-test: FAIL: the container did not start" >&2
    exit 1
fi
inside() {
    nsenter --target "$leader" --mount --uts --ipc --net --pid --root --wd \
        env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"
}

# --- 4. The checks, inside ------------------------------------------------------
status=0
inside /usr/local/lib/meldpunt-boot-test/checks "$version" "$next" || status=$?
if [ -n "${MELDPUNT_BOOT_KEEP:-}" ]; then
    # Debugging: keep the machine running; a shell inside:
    echo "boot-test: kept running; a shell inside: nsenter -t $leader -m -u -i -n -p -r -w /bin/bash"
    echo "boot-test: stop it with: kill $nspawn_pid"
    wait "$nspawn_pid" || true
fi
cp "$root/root/boot-test-home.png" "$outdir/boot-test-home.png" 2>/dev/null || true
for log in upgrade ansible-1 ansible-2; do
    cp "$root/root/$log.log" "$outdir/boot-test-$log.log" 2>/dev/null || true
done
inside journalctl -b --no-pager -o short-monotonic >"$outdir/boot-test-journal.log" 2>&1 || true
inside systemctl poweroff >/dev/null 2>&1 || true
for _ in $(seq 30); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 1; done
echo "boot-test: screenshot $outdir/boot-test-home.png, journal $outdir/boot-test-journal.log"
echo "boot-test: $(( $(date +%s) - started )) s in all"
exit "$status"
