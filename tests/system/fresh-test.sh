#!/bin/bash
# CI on a machine that has nothing: .ci/run on a clean clone of HEAD inside a
# fresh Debian 12 root file system, so that a package installed by hand on a
# developer's machine can never hide a gap in the Makefile's lists again.
#
# Usage (as root, from the repository):  tests/system/fresh-test.sh
#                                        make fresh-test
#
# The root file system: mmdebstrap's "apt" variant (Debian's essential packages
# and apt) plus make, which a fresh machine needs to run "make" at all, from
# deb.debian.org (or $MELDPUNT_BOOT_MIRROR); cached as a tarball in
# $MELDPUNT_BOOT_CACHE (/var/cache/meldpunt-boot-test). Each run unpacks a new
# copy, clones HEAD into it (committed work only) and runs .ci/run as root with
# systemd-nspawn (no boot; the host's network, for apt). make installs what the
# lists name; the build and every test run from scratch, without ccache.
# Prints the time taken; exit status that of .ci/run (77: not root or a tool
# missing).
set -euo pipefail

if [ "$(id -u)" != 0 ]; then
    echo "fresh-test: SKIP: needs root (mmdebstrap, systemd-nspawn)" >&2
    exit 77
fi
for tool in mmdebstrap systemd-nspawn git; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "fresh-test: SKIP: $tool is not installed (make fresh-test installs it)" >&2
        exit 77
    fi
done
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
head=$(git -C "$repo" rev-parse --short HEAD)

suite=bookworm
mirror=${MELDPUNT_BOOT_MIRROR:-http://deb.debian.org/debian}
security=${MELDPUNT_BOOT_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
cache=${MELDPUNT_BOOT_CACHE:-/var/cache/meldpunt-boot-test}
packages="make"
key=$(echo "$suite $mirror $security apt $packages" | sha256sum | cut -c1-16)
tarball=$cache/fresh-$suite-$key.tar
mkdir -p "$cache"
if [ ! -s "$tarball" ]; then
    echo "fresh-test: making the fresh Debian 12 root file system (once; cached as $tarball)"
    mmdebstrap --quiet --variant=apt --format=tar --include="$packages" "$suite" "$tarball.part" \
        "deb $mirror $suite main" "deb $mirror $suite-updates main" \
        "deb $security $suite-security main" </dev/null
    mv "$tarball.part" "$tarball"
fi

work=$(mktemp -d /var/tmp/meldpunt-fresh-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM
mkdir -p "$work/root"
tar -C "$work/root" -xf "$tarball"
git clone --quiet --no-hardlinks "$repo" "$work/root/src"
git -C "$work/root/src" checkout --quiet --detach "$head"

echo "fresh-test: .ci/run on a clean clone of $head in a fresh Debian 12 (log: build/fresh-test.log)"
mkdir -p "$repo/build"
started=$(date +%s)
status=0
systemd-nspawn --quiet --register=no --keep-unit --as-pid2 -D "$work/root" --chdir=/src \
    --setenv=DEBIAN_FRONTEND=noninteractive --setenv=HOME=/root \
    .ci/run </dev/null >"$repo/build/fresh-test.log" 2>&1 || status=$?
took=$(( $(date +%s) - started ))
tail -n 25 "$repo/build/fresh-test.log"
echo
echo "fresh-test: .ci/run exited $status after $((took / 60)) min $((took % 60)) s (clean clone of $head)"
exit "$status"
