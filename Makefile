# The two commands of the README: `make run` and `make test`, on a fresh Debian 12 machine.
# CMake does the real work; this file installs what is missing and calls it.

BUILD_DIR ?= build
PRESET    ?= dev
ARGS      ?=

# Debian 12 packages: to build, to test (a real X server, strace), to package.
BUILD_DEPS := cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev \
              qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev catch2 libstemmer-dev \
              libsodium-dev libseccomp-dev libqrencode-dev libzstd-dev zlib1g-dev fonts-dejavu-core \
              qt6-translations-l10n
TEST_DEPS  := xvfb xauth xdotool strace imagemagick fonts-noto-core dbus dbus-daemon dbus-x11 at-spi2-core \
              openbox cage grim util-linux python3 python3-xlib qt6-wayland
# qt6-wayland: the session matrix runs the kiosk under cage, as the package does.
# cage: the package test's systemd-analyze verify opens the unit's man:cage(1).
# ansible-lint: the Ansible role's test.
PACK_DEPS  := dpkg-dev file lintian desktop-file-utils appstream systemd man-db python3-yaml cage \
              ansible-lint
# make boot-test (and make test MELDPUNT_BOOT_TEST=ON): a Debian 12 system booted in a
# container; grim, python3 and the package's dependencies go into that system, not here.
BOOT_DEPS  := mmdebstrap systemd-container
# make vm-test: the package booted on a virtual PC (QEMU, software emulation); the kernel,
# the guest agent and the package's dependencies go into that system's image, not here.
VM_DEPS    := mmdebstrap systemd-container qemu-system-x86 qemu-utils e2fsprogs python3
# make fresh-test: a fresh Debian 12 root file system for .ci/run on a clean clone.
FRESH_DEPS := mmdebstrap systemd-container git
# Only for `make bench`: a real Dutch word list for its corpora, and Xapian to compare with.
BENCH_DEPS := wdutch libxapian-dev xvfb openbox xdotool x11-utils
# make fuzz: clang with libFuzzer and AddressSanitizer.
FUZZ_DEPS  := clang libclang-rt-14-dev

# ON: make test also boots the package in a container (tests/system/boot-test.sh; root,
# a few minutes, network to deb.debian.org the first time).
MELDPUNT_BOOT_TEST ?= OFF
EXTRA_DEPS ?=

.PHONY: all deps configure build run test layout-test test-sanitize soak bench package content-pack boot-test vm-test fresh-test \
        fuzz format clean

all: build

deps:
	@missing=""; \
	for p in $(BUILD_DEPS) $(TEST_DEPS) $(PACK_DEPS) $(EXTRA_DEPS); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO=sudo; \
	  else echo "Please install as root:$$missing"; exit 1; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

configure: deps
	@test -f $(BUILD_DIR)/build.ninja || cmake --preset $(PRESET)

build: configure
	cmake --build $(BUILD_DIR)

run: build
	./$(BUILD_DIR)/app/meldpunt-kiosk $(ARGS)

# An existing XDG_RUNTIME_DIR, so that no test makes Qt create one.
test: build
	@if [ "$(MELDPUNT_BOOT_TEST)" = ON ]; then $(MAKE) --no-print-directory deps EXTRA_DEPS="$(BOOT_DEPS)"; fi
	@grep -q '^MELDPUNT_BOOT_TEST:BOOL=$(MELDPUNT_BOOT_TEST)$$' $(BUILD_DIR)/CMakeCache.txt || \
	  cmake $(BUILD_DIR) -DMELDPUNT_BOOT_TEST=$(MELDPUNT_BOOT_TEST) >/dev/null
	@mkdir -p -m 700 /tmp/meldpunt-test-runtime-$$(id -u)
	XDG_RUNTIME_DIR=/tmp/meldpunt-test-runtime-$$(id -u) \
	  ctest --test-dir $(BUILD_DIR) --output-on-failure -j2

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer
# (build-sanitize/; the preset sets ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS): a report
# fails its test.
test-sanitize: deps
	@test -f build-sanitize/build.ninja || cmake --preset sanitize
	cmake --build --preset sanitize
	@mkdir -p -m 700 /tmp/meldpunt-test-runtime-$$(id -u)
	XDG_RUNTIME_DIR=/tmp/meldpunt-test-runtime-$$(id -u) \
	  ctest --preset sanitize -j2

# The long monkey run on the kiosk window: at least 100,000 events and 1,000 sessions
# (hours on a shared machine; it stops after SOAK_SECONDS whatever it reached). SEED=n for another sequence.
SEED       ?= 15
SOAK_SECONDS ?= 14400
soak: build
	/usr/bin/python3 tests/system/monkey/monkey.py --binary $(BUILD_DIR)/app/meldpunt-kiosk \
	  --seed $(SEED) --events 100000 --sessions 1000 --duration $(SOAK_SECONDS)

# Every screen size, text size, language and theme, with the touch keyboard up and down (CI runs
# a subset in make test). Screenshots go to a temporary folder, printed at the end.
layout-test: build
	@mkdir -p -m 700 /tmp/meldpunt-test-runtime-$$(id -u)
	XDG_RUNTIME_DIR=/tmp/meldpunt-test-runtime-$$(id -u) QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
	  MELDPUNT_LAYOUT_SHOTS=$$(mktemp -d /tmp/meldpunt-layout-XXXXXX) \
	  ./$(BUILD_DIR)/tests/widget/widget_Layout "[layout-full]"

# The benchmarks' tables (search; start-up time and memory), from an optimised build
# (build-release/); not a test.
bench: deps
	@$(MAKE) --no-print-directory deps EXTRA_DEPS="$(BENCH_DEPS)"
	@test -f build-release/build.ninja || cmake --preset release
	@# Configured before Xapian was installed: look for it again.
	@! grep -q 'xapian_DIR:PATH=xapian_DIR-NOTFOUND' build-release/CMakeCache.txt || cmake --preset release >/dev/null
	cmake --build build-release --target bench

# Signed with the secret key in MELDPUNT_SIGNING_KEY when it is given:
#   make content-pack MELDPUNT_SIGNING_KEY=/secure/place/signing.key
export MELDPUNT_SIGNING_KEY
content-pack: configure
	cmake --build $(BUILD_DIR) --target content-pack

# The .deb from the optimised, hardened build (build-release/).
package: deps
	@test -f build-release/build.ninja || cmake --preset release
	cmake --build build-release && cd build-release && cpack -G DEB

# The package booted with systemd in a Debian 12 container: the kiosk session's table
# (tests/system/boot-test.sh). The root file system is cached in /var/cache/meldpunt-boot-test.
boot-test: build
	@$(MAKE) --no-print-directory deps EXTRA_DEPS="$(BOOT_DEPS)"
	cd $(BUILD_DIR) && cpack -G DEB -B boot-test-package >boot-test-package.log
	tests/system/boot-test.sh $(BUILD_DIR)/boot-test-package/meldpunt-kiosk_*.deb $(BUILD_DIR)

# The package on a virtual PC (QEMU with a virtio display, USB keyboard and tablet), the unit
# as shipped, judged by screendumps: tests/system/vm-test.sh. Image cached in
# /var/cache/meldpunt-vm-test; screenshots in $(BUILD_DIR)/vm-test-shots.
vm-test: build
	@$(MAKE) --no-print-directory deps EXTRA_DEPS="$(VM_DEPS)"
	cd $(BUILD_DIR) && rm -rf vm-test-package && cpack -G DEB -B vm-test-package >vm-test-package.log
	tests/system/vm-test.sh $(BUILD_DIR)/vm-test-package/meldpunt-kiosk_*.deb $(BUILD_DIR)

# .ci/run on a clean clone of HEAD in a fresh Debian 12 root file system (base system and
# make only): a dependency missing from the lists above fails it (tests/system/fresh-test.sh).
fresh-test:
	@$(MAKE) --no-print-directory deps EXTRA_DEPS="$(FRESH_DEPS)"
	tests/system/fresh-test.sh

# libFuzzer on content packs for FUZZ_SECONDS (clang, AddressSanitizer, in build-fuzz/), from
# the real pack, its truncations and crafted offsets (written by the target itself); a crash
# is left as build-fuzz/crash-* and belongs in tests/data/packs/ once fixed.
FUZZ_SECONDS ?= 300
fuzz:
	@$(MAKE) --no-print-directory deps EXTRA_DEPS="$(FUZZ_DEPS)"
	@test -f build-fuzz/build.ninja || cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DMELDPUNT_FUZZ=ON
	cmake --build build-fuzz --target fuzz_content_pack
	mkdir -p build-fuzz/pack-corpus
	cd build-fuzz && MELDPUNT_FUZZ_WRITE_SEEDS=pack-corpus ./tests/fuzz/fuzz_content_pack
	cd build-fuzz && QT_QPA_PLATFORM=offscreen MELDPUNT_FUZZ_STATS=1 ./tests/fuzz/fuzz_content_pack \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=200000 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 pack-corpus

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR)
