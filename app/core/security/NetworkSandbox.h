#pragma once

#include <QString>

namespace meldpunt {

/// Defence in depth for the no-network promise in kiosk mode: a seccomp filter under which
/// socket(2) of any family but AF_UNIX (the display, D-Bus) and AF_NETLINK (udev, input
/// devices) fails with EACCES, for every thread of the process and for good. io_uring, which
/// can create sockets past the filter, is refused too. PluginGuard already keeps
/// network-capable plugins out; this catches what it cannot foresee.
///
///     install()                    => "" (installed)
///     socket(AF_INET, ...)         => -1, errno EACCES
///     socket(AF_UNIX, ...)         => a descriptor
///     socketpair(AF_UNIX, ...)     => two descriptors
class NetworkSandbox
{
public:
    /// Installs the filter; an empty string on success, else why it failed.
    static QString install();
};

} // namespace meldpunt
