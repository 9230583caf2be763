#pragma once

#include <QString>
#include <QStringList>

namespace meldpunt {

/// Refuses environments and arguments that would make Qt load a plugin outside a short
/// allowlist, or reach a display or a message bus over the network. Some plugins open network
/// sockets on their own: QT_QPA_GENERIC_PLUGINS=tuiotouch listens on UDP port 3333,
/// "-platform vnc" serves the screen over TCP.
///
/// One rule per setting, whether it comes from a variable or an argument (QT_QPA_PLATFORM and
/// -platform, DISPLAY and -display, ...), applied to every occurrence: Qt uses the last
/// -display and the C library's getenv() the first of two DISPLAY entries. Names are compared
/// as Qt compares them (plugin keys without case; "vnc:size=800x600" names "vnc",
/// "wayland;xcb" lists fallbacks).
///
///     {QT_QPA_GENERIC_PLUGINS=tuiotouch}        => "QT_QPA_GENERIC_PLUGINS is set; ..."
///     {QT_QPA_PLATFORM=vnc}, ["-platform","VNC"] => "... is not allowed; ..."
///     ["-platform", "offscreen"]                => "" (allowed)
///     Window: ["-display", ":0", "-display", "192.0.2.7:0"] => "-display 192.0.2.7:0 names another host; ..."
///     Window: {DBUS_SESSION_BUS_ADDRESS=tcp:host=example.org,port=5555} => "... is not a unix: address; ..."
///     Command: {DISPLAY=localhost:10} => "" (a command without a window never connects)
class PluginGuard
{
public:
    /// Command: a command without a window (--search, --list, ...), which loads plugins but
    /// opens no display and no bus. Window: the window, which does both.
    enum class Use { Command, Window };

    /// The process's environment as the C library holds it: every "NAME=value" entry in
    /// order, repeated names included (QProcessEnvironment keeps only one of them).
    static QStringList processEnvironment();

    /// An empty string when the program may start, else why not.
    static QString check(const QStringList &environment, const QStringList &qtArguments, Use use);

    static const QStringList &allowedPlatforms();
};

} // namespace meldpunt
