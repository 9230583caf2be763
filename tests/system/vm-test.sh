#!/bin/bash
# The kiosk session on a virtual PC: the built .deb installed with apt in a
# Debian 12 system without a desktop or polkit, the unit enabled as the
# administrator's guide says (no drop-ins), booted in QEMU with a virtio
# display, a USB keyboard and a USB tablet (an absolute pointer, as many touch
# panels are), and judged by what the screen shows (QMP screendump).
#
# Usage (as root):  tests/system/vm-test.sh PACKAGE.deb [OUTDIR]
#                   make vm-test
#
# 1. A Debian 12 root file system made by mmdebstrap (kernel, initramfs,
#    systemd, udev, the guest agent and the package's Depends:), cached as a
#    tarball in $MELDPUNT_VM_CACHE (/var/cache/meldpunt-vm-test) under a key
#    made of its package list: made once, reused by every run.
# 2. A copy of it; the .deb installed with apt in it (systemd-nspawn, no
#    network: every dependency must come from the Depends:), the unit enabled,
#    graphical.target the default, root without a password (a test image
#    only: a shell on the serial console for debugging). Then an ext4 disk
#    image made from the folder (mkfs.ext4 -d, no loop mount), and the
#    kernel and initramfs taken out of it.
# 3. tests/system/vm-test.py boots it with qemu-system-x86_64 (software
#    emulation, -accel tcg,thread=multi), once per screen and fault, each
#    boot on a fresh copy-on-write overlay, and prints the table: one row per
#    check, PASS or FAIL. Every screenshot it judged is kept in
#    OUTDIR/vm-test-shots, the serial consoles in OUTDIR/vm-test-logs.
#
# Exit status 0 when all pass, 1 otherwise, 77 (skipped) when not root or a
# tool is missing. Needs: mmdebstrap, systemd-container, qemu-system-x86,
# qemu-utils, e2fsprogs, python3; network to the Debian mirror the first time.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 PACKAGE.deb [OUTDIR]" >&2
    exit 2
fi
deb=$(realpath "$1")
outdir=$(realpath -m "${2:-.}")
here=$(dirname "$(realpath "$0")")
[ -f "$deb" ] || { echo "$0: no such file: $deb" >&2; exit 2; }
if [ "$(id -u)" != 0 ]; then
    echo "vm-test: SKIP: needs root (mmdebstrap, systemd-nspawn, mkfs.ext4 -d as root)" >&2
    exit 77
fi
for tool in mmdebstrap systemd-nspawn qemu-system-x86_64 qemu-img mkfs.ext4 dpkg-deb python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "vm-test: SKIP: $tool is not installed (make vm-test installs it)" >&2
        exit 77
    fi
done

suite=bookworm
mirror=${MELDPUNT_VM_MIRROR:-http://deb.debian.org/debian}
security=${MELDPUNT_VM_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
cache=${MELDPUNT_VM_CACHE:-/var/cache/meldpunt-vm-test}
started=$(date +%s)

# --- 1. The root file system, cached -------------------------------------------
# A terminal as the guide describes it: Debian 12 without a desktop and
# without polkit. The test's own additions: the guest agent (the test's
# commands inside), procps (pgrep), dbus and libpam-systemd (as a standard
# installation has them), python3-evdev (a uinput touch screen:
# tests/system/vm-touch.py), libinput-tools (what the input stack saw) and
# strace (what the program did, counted inside the guest).
tools="linux-image-amd64 systemd-sysv udev kmod dbus libpam-systemd procps qemu-guest-agent
       python3-evdev libinput-tools strace"
# The package's Depends:, first of each alternative, without versions.
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/:any//; s/[[:space:]]//g' | grep -v '^$')
packages=$(printf '%s\n' $tools $depends | sort -u)
key=$( { echo "$suite $mirror $security"; echo "$packages"; } | sha256sum | cut -c1-16)
tarball=$cache/rootfs-$suite-$key.tar
mkdir -p "$cache"
if [ ! -s "$tarball" ]; then
    echo "vm-test: making the Debian 12 root file system (once; cached as $tarball)"
    t0=$(date +%s)
    mmdebstrap --quiet --variant=apt --format=tar --include="$(echo $packages | tr ' ' ',')" \
        --customize-hook='echo meldpunt-vm-test >"$1/etc/hostname"' \
        "$suite" "$tarball.part" \
        "deb $mirror $suite main" "deb $mirror $suite-updates main" \
        "deb $security $suite-security main" </dev/null
    mv "$tarball.part" "$tarball"
    echo "vm-test: root file system made in $(( $(date +%s) - t0 )) s ($(du -h "$tarball" | cut -f1))"
else
    echo "vm-test: root file system from the cache: $tarball"
fi

# --- 2. A copy, the package installed, the unit enabled, a disk image ------------
work=$(mktemp -d /var/tmp/meldpunt-vm-test.XXXXXX)
root=$work/root
cleanup() { rm -rf "$work"; }
if [ -z "${MELDPUNT_VM_KEEP:-}" ]; then trap cleanup EXIT; fi
trap 'exit 1' INT TERM
mkdir -p "$root" "$outdir"
tar -C "$root" -xf "$tarball"
version=$(dpkg-deb -f "$deb" Version)
cp "$deb" "$root/root/meldpunt-kiosk_${version}.deb"
echo "vm-test: installing meldpunt-kiosk $version with apt (no network), enabling the unit"
if ! systemd-nspawn --quiet --register=no --keep-unit --private-network -D "$root" /bin/sh -c "
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q /root/meldpunt-kiosk_${version}.deb </dev/null &&
        systemctl enable meldpunt-kiosk.service &&
        systemctl set-default graphical.target" >"$outdir/vm-test-install.log" 2>&1; then
    cat "$outdir/vm-test-install.log"
    echo "vm-test: FAIL: the package does not install with its dependencies" >&2
    exit 1
fi
rm -f "$root/root/meldpunt-kiosk_${version}.deb"
# Test image only: root without a password (a shell on the serial console,
# ttyS0, which systemd starts from console=ttyS0), an empty fstab (the root
# file system is /dev/vda, from the kernel's command line).
sed -i 's/^root:[^:]*:/root::/' "$root/etc/shadow"
: >"$root/etc/fstab"
kernel=$(ls "$root"/boot/vmlinuz-* | sort -V | tail -n 1)
initrd=$(ls "$root"/boot/initrd.img-* | sort -V | tail -n 1)
cp "$kernel" "$work/vmlinuz"
cp "$initrd" "$work/initrd.img"
image=$work/disk.raw
size_mb=$(( $(du -sm "$root" | cut -f1) + 1024 ))
mkfs.ext4 -q -F -L meldpunt-root -d "$root" "$image" "${size_mb}M"
rm -rf "$root"
echo "vm-test: disk image ${size_mb} MB made; $(( $(date +%s) - started )) s so far"

# --- 3. Boot and judge ------------------------------------------------------------
status=0
python3 "$here/vm-test.py" --kernel "$work/vmlinuz" --initrd "$work/initrd.img" \
    --disk "$image" --outdir "$outdir" --work "$work" || status=$?
echo "vm-test: $(( $(date +%s) - started )) s in all"
exit "$status"
