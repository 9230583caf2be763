#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace meldpunt {

/// Refuses environments and arguments that would make Qt load a plugin outside a short
/// allowlist. Some plugins open network sockets on their own: QT_QPA_GENERIC_PLUGINS=tuiotouch
/// listens on UDP port 3333, "-platform vnc" serves the screen over TCP.
///
///     {QT_QPA_GENERIC_PLUGINS=tuiotouch}  => "QT_QPA_GENERIC_PLUGINS is not allowed: ..."
///     {QT_QPA_PLATFORM=vnc}               => "QT_QPA_PLATFORM=vnc is not allowed: ..."
///     ["-platform", "offscreen"]          => "" (allowed)
class PluginGuard
{
public:
    /// An empty string when the program may start, else why not.
    static QString check(const QProcessEnvironment &environment, const QStringList &qtArguments);

    /// For a window only: the display and the message buses, which QApplication reaches
    /// while it starts, must be local sockets. An empty string when they are.
    ///
    ///     {DISPLAY=:0}, {DISPLAY=unix:0}            => ""
    ///     {DISPLAY=192.0.2.7:0}, ["-display", "host:0"] => "... names another host; ..."
    ///     {DBUS_SESSION_BUS_ADDRESS=tcp:host=example.org,port=5555} => "... is not a unix: address; ..."
    static QString checkConnections(const QProcessEnvironment &environment, const QStringList &qtArguments);

    static const QStringList &allowedPlatforms();
};

} // namespace meldpunt
