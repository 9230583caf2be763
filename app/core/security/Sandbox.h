#pragma once

#include <QString>

namespace meldpunt {

/// Promises 1 and 2 below our own code: a seccomp filter, installed before QApplication (or
/// any Qt object that can open a display or a bus) in every mode, for every thread of the
/// process and for good. Under it:
/// - socket(2) of any family but AF_UNIX (the display, D-Bus) fails with EACCES, and so does
///   AF_NETLINK of any protocol but NETLINK_KOBJECT_UEVENT (libudev's device events, which
///   Qt's libinput/evdev input uses on the linuxfb and eglfs platforms; xcb and wayland need
///   no netlink at all); socketpair(2) only for AF_UNIX; io_uring, which can create sockets
///   past the filter, is refused;
/// - no child process: execve/execveat, fork/vfork and clone without CLONE_THREAD fail with
///   EACCES (threads still start: clone3, which a filter cannot inspect, answers ENOSYS so
///   that glibc falls back to clone);
/// - in kiosk mode, no directory and no file: mkdir/mkdirat fail with EEXIST (not EACCES: Qt
///   checks an existing XDG_RUNTIME_DIR with mkdir and accepts it only on EEXIST); open and
///   openat with O_CREAT or O_TMPFILE, and creat, fail with EROFS, as on a read-only disk
///   (memfd_create, for Wayland's shared buffers, stays: it makes no file on disk).
/// System calls of another architecture (a 32-bit int 0x80 on x86-64) kill the process.
///
///     install(Workstation)         => "" (installed)
///     socket(AF_INET, ...)         => -1, errno EACCES
///     socket(AF_NETLINK, ..., NETLINK_ROUTE) => -1, errno EACCES
///     socket(AF_NETLINK, ..., NETLINK_KOBJECT_UEVENT) => a descriptor
///     socket(AF_UNIX, ...)         => a descriptor
///     execve("/bin/true", ...)     => -1, errno EACCES
///     fork()                       => -1, errno EACCES
///     std::thread / QThread        => runs
///     install(Kiosk); mkdir("/tmp/x") => -1, errno EEXIST, nothing created
///     install(Kiosk); open("/tmp/y", O_WRONLY | O_CREAT) => -1, errno EROFS, nothing created
class Sandbox
{
public:
    enum class Mode { Workstation, Kiosk };

    /// Installs the filter; an empty string on success, else why it failed.
    static QString install(Mode mode);
};

} // namespace meldpunt
