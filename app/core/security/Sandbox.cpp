#include "Sandbox.h"

#include <seccomp.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/netlink.h>
#include <memory>
#include <sched.h>
#include <sys/socket.h>

namespace meldpunt {

namespace {

struct ContextDeleter
{
    void operator()(void *context) const { seccomp_release(static_cast<scmp_filter_ctx>(context)); }
};

QString failure(const char *what, int status)
{
    return QStringLiteral("the sandbox could not be installed: %1 (%2)")
        .arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(-status)));
}

/// Refuses socket-like `call` for every family but AF_UNIX and, when `netlinkToo`, AF_NETLINK.
/// One rule per refused family: libseccomp cannot combine two comparisons of one argument into
/// "neither AF_UNIX nor AF_NETLINK". The family is an int: compare its low 32 bits.
int refuseFamilies(scmp_filter_ctx filter, int call, bool netlinkToo)
{
    static_assert(AF_UNIX == 1 && AF_NETLINK == 16, "the ranges below assume Linux's numbering");
    const uint32_t refuse = SCMP_ACT_ERRNO(EACCES);
    int status = 0;
    for (unsigned family = 0; family < AF_NETLINK && status >= 0; ++family) {
        if (family != AF_UNIX)
            status = seccomp_rule_add(filter, refuse, call, 1, SCMP_A0_32(SCMP_CMP_EQ, family));
    }
    if (status >= 0 && !netlinkToo)
        status = seccomp_rule_add(filter, refuse, call, 1, SCMP_A0_32(SCMP_CMP_EQ, AF_NETLINK));
    if (status >= 0)
        status = seccomp_rule_add(filter, refuse, call, 1, SCMP_A0_32(SCMP_CMP_GT, AF_NETLINK));
    return status;
}

} // namespace

QString Sandbox::install(Mode mode)
{
    std::unique_ptr<void, ContextDeleter> context(seccomp_init(SCMP_ACT_ALLOW));
    if (!context)
        return QStringLiteral("the sandbox could not be installed: seccomp_init failed");
    auto *filter = static_cast<scmp_filter_ctx>(context.get());

    // Installed before Qt starts its threads; should a library have started one already, it
    // gets the filter too. Where the kernel cannot (or seccomp(2) is forbidden), the load
    // below says so.
    int status = seccomp_attr_set(filter, SCMP_FLTATR_CTL_TSYNC, 1);

    const uint32_t refuse = SCMP_ACT_ERRNO(EACCES);

    // No network: local sockets only.
    status = refuseFamilies(filter, SCMP_SYS(socket), true);
    // Netlink only for device events (udev's hotplug of input devices on linuxfb and eglfs):
    // not NETLINK_ROUTE and the like.
    if (status >= 0)
        status = seccomp_rule_add(filter, refuse, SCMP_SYS(socket), 2, SCMP_A0_32(SCMP_CMP_EQ, AF_NETLINK),
                                  SCMP_A2_32(SCMP_CMP_NE, NETLINK_KOBJECT_UEVENT));
    if (status >= 0)
        status = refuseFamilies(filter, SCMP_SYS(socketpair), false);
    if (status < 0)
        return failure("socket rule", status);

    // io_uring can open sockets without the socket system call.
    for (const int call : { SCMP_SYS(io_uring_setup), SCMP_SYS(io_uring_enter), SCMP_SYS(io_uring_register) }) {
        status = seccomp_rule_add(filter, refuse, call, 0);
        if (status < 0)
            return failure("io_uring rule", status);
    }

    // No child process: no other program (D-Bus autolaunch, a helper), and no copy of this one.
    for (const int call : { SCMP_SYS(execve), SCMP_SYS(execveat), SCMP_SYS(fork), SCMP_SYS(vfork) }) {
        status = seccomp_rule_add(filter, refuse, call, 0);
        if (status < 0)
            return failure("exec rule", status);
    }
    // clone makes a thread with CLONE_THREAD and a process without it. Its flags are the
    // first argument, but the second on s390.
#if defined(__SANITIZE_ADDRESS__)
    // Only in the sanitize build: LeakSanitizer checks for leaks at exit from a tracer task
    // that it clones with CLONE_UNTRACED (and no CLONE_THREAD); refused, every run would end
    // in "LeakSanitizer has encountered a fatal error". exec stays refused.
    const scmp_datum_t processMask = CLONE_THREAD | CLONE_UNTRACED;
#else
    const scmp_datum_t processMask = CLONE_THREAD;
#endif
#if defined(__s390__) || defined(__s390x__)
    status = seccomp_rule_add(filter, refuse, SCMP_SYS(clone), 1, SCMP_A1_64(SCMP_CMP_MASKED_EQ, processMask, 0));
#else
    status = seccomp_rule_add(filter, refuse, SCMP_SYS(clone), 1, SCMP_A0_64(SCMP_CMP_MASKED_EQ, processMask, 0));
#endif
    // clone3 takes its flags in memory, which a filter cannot read: "not implemented" makes
    // glibc (2.34 and later) start its threads with clone instead.
    if (status >= 0)
        status = seccomp_rule_add(filter, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
    if (status < 0)
        return failure("clone rule", status);

    // No trace: in kiosk mode no directory and no file can be created, whatever library
    // tries. (Existing files, such as /dev/dri's, still open for reading and writing.)
    if (mode == Mode::Kiosk) {
        for (const int call : { SCMP_SYS(mkdir), SCMP_SYS(mkdirat) }) {
            status = seccomp_rule_add(filter, SCMP_ACT_ERRNO(EEXIST), call, 0);
            if (status < 0)
                return failure("mkdir rule", status);
        }
        const uint32_t readOnly = SCMP_ACT_ERRNO(EROFS);
        for (const unsigned flag : { unsigned(O_CREAT), unsigned(__O_TMPFILE) }) {
            status = seccomp_rule_add(filter, readOnly, SCMP_SYS(open), 1, SCMP_A1_32(SCMP_CMP_MASKED_EQ, flag, flag));
            if (status >= 0)
                status = seccomp_rule_add(filter, readOnly, SCMP_SYS(openat), 1,
                                          SCMP_A2_32(SCMP_CMP_MASKED_EQ, flag, flag));
            if (status < 0)
                return failure("file rule", status);
        }
        // creat always creates; openat2 keeps its flags in memory, where a filter cannot look
        // (glibc opens with openat: "not implemented" costs nothing).
        status = seccomp_rule_add(filter, readOnly, SCMP_SYS(creat), 0);
        if (status >= 0)
            status = seccomp_rule_add(filter, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(openat2), 0);
        if (status < 0)
            return failure("file rule", status);
    }

    status = seccomp_load(filter);
    if (status < 0)
        return failure("seccomp_load", status);
    return {};
}

} // namespace meldpunt
