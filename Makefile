# The two commands of the README: `make run` and `make test`, on a fresh Debian 12 machine.
# CMake does the real work; this file installs what is missing and calls it.

BUILD_DIR ?= build
PRESET    ?= dev
ARGS      ?=

# Debian 12 packages: to build, to test (a real X server, strace), to package.
BUILD_DEPS := cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev \
              qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev catch2 libstemmer-dev \
              libsodium-dev libseccomp-dev libqrencode-dev fonts-dejavu-core
TEST_DEPS  := xvfb xauth xdotool strace imagemagick fonts-noto-core dbus dbus-x11 at-spi2-core \
              openbox cage grim util-linux python3
PACK_DEPS  := dpkg-dev file lintian desktop-file-utils appstream systemd man-db python3-yaml

.PHONY: all deps configure build run test bench package content-pack format clean

all: build

deps:
	@missing=""; \
	for p in $(BUILD_DEPS) $(TEST_DEPS) $(PACK_DEPS); do \
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
	@mkdir -p -m 700 /tmp/meldpunt-test-runtime-$$(id -u)
	XDG_RUNTIME_DIR=/tmp/meldpunt-test-runtime-$$(id -u) \
	  ctest --test-dir $(BUILD_DIR) --output-on-failure -j2

# The benchmarks' tables (search; start-up time and memory), from an optimised build
# (build-release/); not a test.
bench: deps
	@test -f build-release/build.ninja || cmake --preset release
	cmake --build build-release --target bench

content-pack: configure
	cmake --build $(BUILD_DIR) --target content-pack

# The .deb from the optimised, hardened build (build-release/).
package: deps
	@test -f build-release/build.ninja || cmake --preset release
	cmake --build build-release && cd build-release && cpack -G DEB

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR)
