# The two commands of the README: `make run` and `make test`, on a fresh Debian 12 machine,
# and `make check`, the quick loop. CMake does the real work; this file installs what is
# missing and calls it. Each target installs only what it needs: `make run` the BUILD_DEPS,
# `make test` the TEST_DEPS and PACK_DEPS too.

# The preset's own folder (its binaryDir in CMakePresets.json): build/ for dev, else
# build-PRESET/ (build-release/, build-sanitize/, build-fuzz/).
BUILD_DIR ?= $(if $(filter dev,$(PRESET)),build,build-$(PRESET))
PRESET    ?= dev
ARGS      ?=

# Debian 12 packages: to build and run, to test (a real X server, strace), to package.
# catch2: the dev preset builds the tests. fonts-dejavu-core, qt6-translations-l10n (Qt's own
# dialogs in Dutch) and qt6-wayland (the program under Wayland, in cage as the package runs
# it) are what running needs.
BUILD_DEPS := cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev \
              qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev catch2 libstemmer-dev \
              libsodium-dev libseccomp-dev libqrencode-dev libzstd-dev zlib1g-dev fonts-dejavu-core \
              qt6-translations-l10n qt6-wayland
# cage: the session matrix runs the kiosk under cage, as the package does. zbar-tools,
# poppler-utils: the handout's QR codes decoded from its PDF.
TEST_DEPS  := xvfb xauth xdotool strace imagemagick fonts-noto-core dbus dbus-daemon dbus-x11 at-spi2-core \
              openbox cage grim util-linux python3 python3-xlib zbar-tools poppler-utils
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
# Only for `make bench`: a real Dutch word list for its corpora, and Xapian to compare with;
# X11 for the moments a visitor feels (xauth: xvfb-run needs it, xvfb only recommends it).
BENCH_DEPS := wdutch libxapian-dev xvfb xauth openbox xdotool x11-utils
# make fuzz: clang with libFuzzer and AddressSanitizer.
FUZZ_DEPS  := clang libclang-rt-14-dev

# ON: make test also boots the package in a container (tests/system/boot-test.sh; root,
# a few minutes, network to deb.debian.org the first time).
MELDPUNT_BOOT_TEST ?= OFF
EXTRA_DEPS ?=

.PHONY: all deps build-deps configure build run check test layout-test test-sanitize soak bench package content-pack \
        boot-test vm-test fresh-test fuzz format clean

all: build

# make deps: every package that building, testing and packaging need (what make test
# installs). make build-deps: what building and running need (what make run installs).
# Both add EXTRA_DEPS.
deps:
	@$(MAKE) --no-print-directory build-deps EXTRA_DEPS="$(TEST_DEPS) $(PACK_DEPS) $(EXTRA_DEPS)"

build-deps:
	@missing=""; \
	for p in $(BUILD_DEPS) $(EXTRA_DEPS); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO=sudo; \
	  else echo "Please install as root:$$missing"; exit 1; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# The preset's folder, configured once (cmake --build reconfigures it when CMakeLists change).
configure: build-deps
	@test -f $(BUILD_DIR)/build.ninja || cmake --preset $(PRESET)

build: configure
	cmake --build $(BUILD_DIR)

run: build
	./$(BUILD_DIR)/app/meldpunt-kiosk $(ARGS)

# The edit-test loop: unit, widget and the quick system tests. Left to make test: the monkey
# and the booted system (labels monkey, boot), the package checks (lintian, ansible-lint,
# Flatpak), the no-trace sessions (root, about a minute) and the fuzz drivers. The layout's
# full matrix is never in CTest (make layout-test).
CHECK_SKIP_LABELS := ^(monkey|boot)$$
CHECK_SKIP_TESTS  := ^(package: |fuzz: |system_KioskNoTrace$$)
check: build
	@$(MAKE) --no-print-directory build-deps EXTRA_DEPS="$(TEST_DEPS)"
	@mkdir -p -m 700 /tmp/meldpunt-test-runtime-$$(id -u)
	XDG_RUNTIME_DIR=/tmp/meldpunt-test-runtime-$$(id -u) \
	  ctest --test-dir $(BUILD_DIR) --output-on-failure -j2 -LE '$(CHECK_SKIP_LABELS)' -E '$(CHECK_SKIP_TESTS)'

# An existing XDG_RUNTIME_DIR, so that no test makes Qt create one.
test: build
	@$(MAKE) --no-print-directory deps
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
	@$(MAKE) --no-print-directory build-deps EXTRA_DEPS="$(TEST_DEPS)"
	/usr/bin/python3 tests/system/monkey/monkey.py --binary $(BUILD_DIR)/app/meldpunt-kiosk \
	  --seed $(SEED) --events 100000 --sessions 1000 --duration $(SOAK_SECONDS)

# Every screen size, text size, language and theme, with the touch keyboard up and down (CI runs
# a subset in make test). Screenshots go to a temporary folder, printed at the end.
layout-test: build
	@$(MAKE) --no-print-directory build-deps EXTRA_DEPS="$(TEST_DEPS)"
	@mkdir -p -m 700 /tmp/meldpunt-test-runtime-$$(id -u)
	XDG_RUNTIME_DIR=/tmp/meldpunt-test-runtime-$$(id -u) QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
	  MELDPUNT_LAYOUT_SHOTS=$$(mktemp -d /tmp/meldpunt-layout-XXXXXX) \
	  ./$(BUILD_DIR)/tests/widget/widget_Layout "[layout-full]"

# The benchmarks' tables (search; the moments a visitor feels; start-up time and memory),
# from an optimised build (build-release/); not a test. Printed, and written with the date,
# the commit and the machine's load to BENCH_RESULTS (docs/benchmarks.md).
BENCH_RESULTS ?= build-release/bench-results.txt
bench: build-deps
	@$(MAKE) --no-print-directory build-deps EXTRA_DEPS="$(BENCH_DEPS)"
	@test -f build-release/build.ninja || cmake --preset release
	@# Configured before Xapian was installed: look for it again.
	@! grep -q 'xapian_DIR:PATH=xapian_DIR-NOTFOUND' build-release/CMakeCache.txt || cmake --preset release >/dev/null
	@# The bench target's programs first, so that the file holds the tables, not the build.
	cmake --build build-release --target meldpunt-bench meldpunt-ui-bench meldpunt-bench-label meldpunt-kiosk
	@{ echo "make bench, $$(date -u '+%Y-%m-%d %H:%M UTC'), commit $$(git rev-parse --short HEAD 2>/dev/null)," \
	    "$$(nproc) cores, load average $$(cut -d' ' -f1-3 /proc/loadavg)"; \
	  cmake --build build-release --target bench; echo $$? >$(BENCH_RESULTS).status; } 2>&1 | tee $(BENCH_RESULTS)
	@status=$$(cat $(BENCH_RESULTS).status); rm -f $(BENCH_RESULTS).status; \
	  echo "Tables written to $(BENCH_RESULTS)"; exit $$status

# Signed with the secret key in MELDPUNT_SIGNING_KEY when it is given:
#   make content-pack MELDPUNT_SIGNING_KEY=/secure/place/signing.key
export MELDPUNT_SIGNING_KEY
content-pack: configure
	cmake --build $(BUILD_DIR) --target content-pack

# The .deb from the optimised, hardened build (build-release/).
package: build-deps
	@$(MAKE) --no-print-directory build-deps EXTRA_DEPS="$(PACK_DEPS)"
	@test -f build-release/build.ninja || cmake --preset release
	cmake --build build-release && cd build-release && cpack -G DEB

# The package booted with systemd in a Debian 12 container: the kiosk session's table
# (tests/system/boot-test.sh). The root file system is cached in /var/cache/meldpunt-boot-test.
boot-test: build
	@$(MAKE) --no-print-directory build-deps EXTRA_DEPS="$(PACK_DEPS) $(BOOT_DEPS)"
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
	@$(MAKE) --no-print-directory build-deps EXTRA_DEPS="$(FRESH_DEPS)"
	tests/system/fresh-test.sh

# libFuzzer on content packs for FUZZ_SECONDS (clang, AddressSanitizer, in build-fuzz/: the
# fuzz preset), from the real pack, its truncations and crafted offsets (written by the target
# itself); a crash is left as build-fuzz/crash-* and belongs in tests/data/packs/ once fixed.
FUZZ_SECONDS ?= 300
fuzz:
	@$(MAKE) --no-print-directory build-deps EXTRA_DEPS="$(FUZZ_DEPS)"
	@test -f build-fuzz/build.ninja || cmake --preset fuzz
	cmake --build --preset fuzz --target fuzz_content_pack
	mkdir -p build-fuzz/pack-corpus
	cd build-fuzz && MELDPUNT_FUZZ_WRITE_SEEDS=pack-corpus ./tests/fuzz/fuzz_content_pack
	cd build-fuzz && QT_QPA_PLATFORM=offscreen MELDPUNT_FUZZ_STATS=1 ./tests/fuzz/fuzz_content_pack \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=200000 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 pack-corpus

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

# Every build folder the targets above make.
clean:
	rm -rf $(sort $(BUILD_DIR) build build-release build-sanitize build-fuzz)
