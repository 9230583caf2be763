#include "PluginGuard.h"

namespace meldpunt {

namespace {

struct Rule
{
    const char *variable;
    QStringList allowed; ///< empty: the variable must not be set at all
};

QString firstName(const QString &value)
{
    // "vnc:size=800x600" names the plugin "vnc"; "wayland;xcb" lists fallbacks.
    return value.section(u':', 0, 0).trimmed();
}

/// "host:0", "localhost:0", "tcp/host:0" reach the X server over TCP; ":0", "unix:0" and a
/// socket path stay local.
bool displayIsRemote(const QString &display)
{
    const QString value = display.trimmed();
    if (value.isEmpty() || value.startsWith(u'/'))
        return false;
    const qsizetype colon = value.lastIndexOf(u':');
    const QString host = colon < 0 ? value : value.left(colon);
    return !host.isEmpty() && host != u"unix";
}

/// A D-Bus address lists transports separated by ';': only unix: stays on the machine.
bool busIsRemote(const QString &address)
{
    for (const QString &transport : address.split(u';', Qt::SkipEmptyParts)) {
        if (!transport.trimmed().startsWith(u"unix:"))
            return true;
    }
    return false;
}

} // namespace

const QStringList &PluginGuard::allowedPlatforms()
{
    static const QStringList platforms { QStringLiteral("xcb"),     QStringLiteral("wayland"),
                                         QStringLiteral("wayland-egl"), QStringLiteral("offscreen"),
                                         QStringLiteral("minimal"), QStringLiteral("eglfs"),
                                         QStringLiteral("linuxfb") };
    return platforms;
}

QString PluginGuard::check(const QProcessEnvironment &environment, const QStringList &qtArguments)
{
    const QString why = QStringLiteral("it could make Qt load a plugin that uses the network, "
                                       "and this program never does");
    const QList<Rule> rules {
        { "QT_QPA_GENERIC_PLUGINS", {} },
        { "QT_PLUGIN_PATH", {} },
        { "QT_QPA_PLATFORM_PLUGIN_PATH", {} },
        { "QT_QPA_PLATFORM", allowedPlatforms() },
        { "QT_QPA_PLATFORMTHEME", { QStringLiteral("gtk3"), QStringLiteral("xdgdesktopportal"),
                                    QStringLiteral("flatpak"), QStringLiteral("snap") } },
        { "QT_STYLE_OVERRIDE", { QStringLiteral("fusion"), QStringLiteral("windows") } },
        { "QT_IM_MODULE", { QStringLiteral("ibus"), QStringLiteral("compose"), QStringLiteral("fcitx"),
                            QStringLiteral("fcitx5"), QStringLiteral("xim"), QStringLiteral("none") } },
        { "QT_WAYLAND_SHELL_INTEGRATION", { QStringLiteral("xdg-shell"), QStringLiteral("wl-shell"),
                                            QStringLiteral("ivi-shell"), QStringLiteral("fullscreen-shell-v1") } },
        { "QT_WAYLAND_CLIENT_BUFFER_INTEGRATION", { QStringLiteral("wayland-egl"),
                                                    QStringLiteral("linux-dmabuf-unstable-v1") } },
        { "QT_WAYLAND_DECORATION", { QStringLiteral("bradient") } },
        { "QT_XCB_GL_INTEGRATION", { QStringLiteral("xcb_glx"), QStringLiteral("xcb_egl"),
                                     QStringLiteral("none") } },
        { "QT_QPA_EGLFS_INTEGRATION", { QStringLiteral("eglfs_kms"), QStringLiteral("eglfs_kms_egldevice"),
                                        QStringLiteral("eglfs_x11") } },
    };

    for (const Rule &rule : rules) {
        const QString name = QString::fromLatin1(rule.variable);
        if (!environment.contains(name))
            continue;
        const QString value = environment.value(name);
        if (value.trimmed().isEmpty())
            continue;
        if (rule.allowed.isEmpty())
            return QStringLiteral("%1 is set; %2. Unset it and start again.").arg(name, why);
        for (const QString &candidate : value.split(u';', Qt::SkipEmptyParts)) {
            if (!rule.allowed.contains(firstName(candidate).toLower()))
                return QStringLiteral("%1=%2 is not allowed; %3. Allowed: %4.")
                    .arg(name, value, why, rule.allowed.join(u", "));
        }
    }

    for (qsizetype i = 0; i < qtArguments.size(); ++i) {
        const QString &argument = qtArguments[i];
        const QString value = i + 1 < qtArguments.size() ? qtArguments[i + 1] : QString();
        if (argument == u"-plugin" || argument == u"-platformpluginpath" || argument == u"-qmljsdebugger"
            || argument == u"-stylesheet")
            return QStringLiteral("%1 is not allowed; %2.").arg(argument, why);
        if (argument == u"-platform" && !allowedPlatforms().contains(firstName(value).toLower()))
            return QStringLiteral("-platform %1 is not allowed; %2. Allowed: %3.")
                .arg(value, why, allowedPlatforms().join(u", "));
        if (argument == u"-style" && value.toLower() != u"fusion" && value.toLower() != u"windows")
            return QStringLiteral("-style %1 is not allowed; %2. Allowed: fusion, windows.").arg(value, why);
        if (argument == u"-platformtheme" && value != u"gtk3" && value != u"xdgdesktopportal")
            return QStringLiteral("-platformtheme %1 is not allowed; %2.").arg(value, why);
    }
    return {};
}

QString PluginGuard::checkConnections(const QProcessEnvironment &environment, const QStringList &qtArguments)
{
    const QString network = QStringLiteral("it would be reached over the network, and this program never does");
    if (displayIsRemote(environment.value(QStringLiteral("DISPLAY"))))
        return QStringLiteral("DISPLAY=%1 names another host; %2. Use a local display such as :0.")
            .arg(environment.value(QStringLiteral("DISPLAY")), network);
    for (const char *variable : { "DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS" }) {
        const QString name = QString::fromLatin1(variable);
        if (busIsRemote(environment.value(name)))
            return QStringLiteral("%1=%2 is not a unix: address; %3.").arg(name, environment.value(name), network);
    }
    const qsizetype display = qtArguments.indexOf(QStringLiteral("-display"));
    if (display >= 0 && display + 1 < qtArguments.size() && displayIsRemote(qtArguments[display + 1]))
        return QStringLiteral("-display %1 names another host; %2.").arg(qtArguments[display + 1], network);
    return {};
}

} // namespace meldpunt
