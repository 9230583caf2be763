#include "PluginGuard.h"

#include <unistd.h>

extern char **environ; // NOLINT: POSIX declares it nowhere else

namespace meldpunt {

namespace {

enum class Kind {
    Never, ///< no value at all: the variable unset (or empty), the argument absent
    Names, ///< plugin names, each in the allowlist
    Display, ///< an X display on this machine (a window only)
    Bus, ///< a D-Bus address with unix: transports only (a window only)
};

/// One setting of Qt's, whichever way it is given.
struct Setting
{
    const char *variable; ///< nullptr: no variable sets it
    const char *argument; ///< nullptr: no argument sets it
    Kind kind;
    QStringList allowed; ///< Names: the allowlist, lower case
};

const QStringList &allowedThemes()
{
    static const QStringList themes { QStringLiteral("gtk3"), QStringLiteral("xdgdesktopportal"),
                                      QStringLiteral("flatpak"), QStringLiteral("snap") };
    return themes;
}

const QList<Setting> &settings()
{
    static const QList<Setting> list {
        { "QT_QPA_PLATFORM", "-platform", Kind::Names, PluginGuard::allowedPlatforms() },
        { "QT_QPA_PLATFORMTHEME", "-platformtheme", Kind::Names, allowedThemes() },
        { "QT_STYLE_OVERRIDE", "-style", Kind::Names, { QStringLiteral("fusion"), QStringLiteral("windows") } },
        { "QT_QPA_GENERIC_PLUGINS", "-plugin", Kind::Never, {} },
        { "QT_QPA_PLATFORM_PLUGIN_PATH", "-platformpluginpath", Kind::Never, {} },
        { "QT_PLUGIN_PATH", nullptr, Kind::Never, {} },
        { nullptr, "-qmljsdebugger", Kind::Never, {} },
        { nullptr, "-stylesheet", Kind::Never, {} },
        { "QT_IM_MODULE", nullptr, Kind::Names,
          { QStringLiteral("ibus"), QStringLiteral("compose"), QStringLiteral("fcitx"), QStringLiteral("fcitx5"),
            QStringLiteral("xim"), QStringLiteral("none") } },
        { "QT_WAYLAND_SHELL_INTEGRATION", nullptr, Kind::Names,
          { QStringLiteral("xdg-shell"), QStringLiteral("wl-shell"), QStringLiteral("ivi-shell"),
            QStringLiteral("fullscreen-shell-v1") } },
        { "QT_WAYLAND_CLIENT_BUFFER_INTEGRATION", nullptr, Kind::Names,
          { QStringLiteral("wayland-egl"), QStringLiteral("linux-dmabuf-unstable-v1") } },
        { "QT_WAYLAND_DECORATION", nullptr, Kind::Names, { QStringLiteral("bradient") } },
        { "QT_XCB_GL_INTEGRATION", nullptr, Kind::Names,
          { QStringLiteral("xcb_glx"), QStringLiteral("xcb_egl"), QStringLiteral("none") } },
        { "QT_QPA_EGLFS_INTEGRATION", nullptr, Kind::Names,
          { QStringLiteral("eglfs_kms"), QStringLiteral("eglfs_kms_egldevice"), QStringLiteral("eglfs_x11") } },
        { "DISPLAY", "-display", Kind::Display, {} },
        { "DBUS_SESSION_BUS_ADDRESS", nullptr, Kind::Bus, {} },
        { "DBUS_SYSTEM_BUS_ADDRESS", nullptr, Kind::Bus, {} },
        { "AT_SPI_BUS_ADDRESS", nullptr, Kind::Bus, {} },
        // WAYLAND_DISPLAY needs no rule: a socket name under XDG_RUNTIME_DIR or a path,
        // libwayland reaches either only through AF_UNIX.
    };
    return list;
}

/// The plugin names a value asks for, as Qt reads them: "wayland;xcb" lists fallbacks,
/// "vnc:size=800x600" gives parameters, keys without case.
///
///     "Wayland;xcb:nograb" => ["wayland", "xcb"]
///     ":vnc"               => ["vnc"]
QStringList pluginNames(const QString &value)
{
    QStringList names;
    for (const QString &candidate : value.split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = candidate.split(u':', Qt::SkipEmptyParts);
        if (!parts.isEmpty())
            names << parts.first().toLower();
    }
    return names;
}

/// "host:0", "localhost:0", "tcp/host:0" reach the X server over TCP; ":0", "unix:0" and a
/// socket path stay local. (":7" with no server there makes libxcb try TCP to localhost:
/// the seccomp filter refuses that socket.)
bool displayIsRemote(const QString &display)
{
    const QString value = display.trimmed();
    if (value.isEmpty() || value.startsWith(u'/'))
        return false;
    const qsizetype colon = value.lastIndexOf(u':');
    const QString host = colon < 0 ? value : value.left(colon);
    return !host.isEmpty() && host != u"unix";
}

/// A D-Bus address lists transports separated by ';': unix: stays on the machine, and
/// disabled: (what the program itself sets when there is no bus) reaches nothing.
bool busIsRemote(const QString &address)
{
    for (const QString &transport : address.split(u';', Qt::SkipEmptyParts)) {
        const QString trimmed = transport.trimmed();
        if (!trimmed.startsWith(u"unix:") && !trimmed.startsWith(u"disabled:"))
            return true;
    }
    return false;
}

/// Why `value` of `setting` (named `given`, e.g. "QT_QPA_PLATFORM" or "-platform") is not
/// acceptable, or empty.
QString judge(const Setting &setting, const QString &given, const QString &value, bool isArgument,
              PluginGuard::Use use)
{
    const QString shown = isArgument ? given + u' ' + value : given + u'=' + value;
    const QString why = QStringLiteral("it could make Qt load a plugin that uses the network, "
                                       "and this program never does");
    const QString network = QStringLiteral("it would be reached over the network, and this program never does");
    switch (setting.kind) {
    case Kind::Never:
        if (isArgument)
            return QStringLiteral("%1 is not allowed; %2.").arg(shown, why);
        if (!value.isEmpty())
            return QStringLiteral("%1 is set; %2. Unset it and start again.").arg(given, why);
        return {};
    case Kind::Names:
        for (const QString &name : pluginNames(value)) {
            if (!setting.allowed.contains(name))
                return QStringLiteral("%1 is not allowed; %2. Allowed: %3.")
                    .arg(shown, why, setting.allowed.join(u", "));
        }
        return {};
    case Kind::Display:
        if (use == PluginGuard::Use::Window && displayIsRemote(value))
            return QStringLiteral("%1 names another host; %2. Use a local display such as :0.").arg(shown, network);
        return {};
    case Kind::Bus:
        if (use == PluginGuard::Use::Window && busIsRemote(value))
            return QStringLiteral("%1 is not a unix: address; %2.").arg(shown, network);
        return {};
    }
    return {};
}

} // namespace

QStringList PluginGuard::processEnvironment()
{
    QStringList entries;
    for (char **entry = environ; entry && *entry; ++entry)
        entries << QString::fromLocal8Bit(*entry);
    return entries;
}

const QStringList &PluginGuard::allowedPlatforms()
{
    static const QStringList platforms { QStringLiteral("xcb"),     QStringLiteral("wayland"),
                                         QStringLiteral("wayland-egl"), QStringLiteral("offscreen"),
                                         QStringLiteral("minimal"), QStringLiteral("eglfs"),
                                         QStringLiteral("linuxfb") };
    return platforms;
}

QString PluginGuard::check(const QStringList &environment, const QStringList &qtArguments, Use use)
{
    for (const QString &entry : environment) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString name = entry.left(equals);
        for (const Setting &setting : settings()) {
            if (setting.variable && name == QLatin1StringView(setting.variable)) {
                const QString why = judge(setting, name, entry.mid(equals + 1), false, use);
                if (!why.isEmpty())
                    return why;
            }
        }
    }
    // CommandLine hands Qt's options on as "-name value" pairs (or "-flag").
    for (qsizetype i = 0; i < qtArguments.size(); ++i) {
        const QString &argument = qtArguments[i];
        for (const Setting &setting : settings()) {
            if (setting.argument && argument == QLatin1StringView(setting.argument)) {
                const QString value = i + 1 < qtArguments.size() ? qtArguments[i + 1] : QString();
                const QString why = judge(setting, argument, value, true, use);
                if (!why.isEmpty())
                    return why;
            }
        }
    }
    return {};
}

} // namespace meldpunt
