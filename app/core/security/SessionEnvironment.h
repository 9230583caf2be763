#pragma once

#include <QString>
#include <QStringList>

namespace meldpunt {

/// The environment of a window, set before QApplication exists so that no library even tries
/// to start a program or create a directory (the sandbox refuses both anyway):
/// - no session bus given (DBUS_SESSION_BUS_ADDRESS unset or empty): the user's bus at
///   $XDG_RUNTIME_DIR/bus when there is one, else "disabled:". libdbus (QtDBus) and GDBus
///   know no such transport and fail at once, where an unset address makes libdbus
///   autolaunch a bus: dbus-launch, a dbus-daemon, and $HOME/.dbus written.
///   A real bus stays: accessibility (AT-SPI) goes through it.
/// - kiosk mode without a usable XDG_RUNTIME_DIR: /run/user/<uid> when the system made it
///   (owned by us, mode 0700), so that Qt looks there instead of creating /tmp/runtime-<user>.
///   When there is none, Qt finds no runtime directory and says so; it creates none.
///
///     {}                                   => DBUS_SESSION_BUS_ADDRESS=disabled:
///     {XDG_RUNTIME_DIR=/run/user/1000 with its bus socket} => DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus
///     {DBUS_SESSION_BUS_ADDRESS=unix:path=/tmp/b} => unchanged
///     kiosk, {}, /run/user/<uid> exists    => XDG_RUNTIME_DIR=/run/user/<uid>
class SessionEnvironment
{
public:
    enum class Mode { Workstation, Kiosk };

    /// Sets the process's environment; returns "NAME=value" for each variable it set.
    static QStringList prepare(Mode mode);

    /// Qt's test of a runtime directory: an existing directory, not a symbolic link, owned by
    /// the effective user, mode 0700.
    static bool isUsableRuntimeDir(const QString &path);
};

} // namespace meldpunt
