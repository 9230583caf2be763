#include "NetworkSandbox.h"

#include <seccomp.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/socket.h>

namespace meldpunt {

namespace {

struct ContextDeleter
{
    void operator()(void *context) const { seccomp_release(static_cast<scmp_filter_ctx>(context)); }
};

QString failure(const char *what, int status)
{
    return QStringLiteral("the network sandbox could not be installed: %1 (%2)")
        .arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(-status)));
}

} // namespace

QString NetworkSandbox::install()
{
    std::unique_ptr<void, ContextDeleter> context(seccomp_init(SCMP_ACT_ALLOW));
    if (!context)
        return QStringLiteral("the network sandbox could not be installed: seccomp_init failed");
    auto *filter = static_cast<scmp_filter_ctx>(context.get());

    // Qt has started threads by now (the X event reader among them): all of them get the filter.
    int status = seccomp_attr_set(filter, SCMP_FLTATR_CTL_TSYNC, 1);
    if (status < 0)
        return failure("TSYNC", status);

    const uint32_t refuse = SCMP_ACT_ERRNO(EACCES);
    // One rule per refused family: libseccomp cannot combine two comparisons of one argument
    // into "neither AF_UNIX nor AF_NETLINK". The family is an int: compare its low 32 bits.
    static_assert(AF_UNIX == 1 && AF_NETLINK == 16, "the ranges below assume Linux's numbering");
    for (unsigned family = 0; family < AF_NETLINK && status >= 0; ++family) {
        if (family != AF_UNIX)
            status = seccomp_rule_add(filter, refuse, SCMP_SYS(socket), 1, SCMP_A0_32(SCMP_CMP_EQ, family));
    }
    if (status >= 0)
        status = seccomp_rule_add(filter, refuse, SCMP_SYS(socket), 1, SCMP_A0_32(SCMP_CMP_GT, AF_NETLINK));
    if (status < 0)
        return failure("socket rule", status);

    // io_uring can open sockets without the socket system call.
    for (const int call : { SCMP_SYS(io_uring_setup), SCMP_SYS(io_uring_enter), SCMP_SYS(io_uring_register) }) {
        status = seccomp_rule_add(filter, refuse, call, 0);
        if (status < 0)
            return failure("io_uring rule", status);
    }

    status = seccomp_load(filter);
    if (status < 0)
        return failure("seccomp_load", status);
    return {};
}

} // namespace meldpunt
