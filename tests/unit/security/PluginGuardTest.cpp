#include "PluginGuard.h"
#include "TestSupport.h"

using namespace meldpunt;

namespace {

using Use = PluginGuard::Use;

QString check(const QStringList &environment, const QStringList &arguments = {}, Use use = Use::Window)
{
    return PluginGuard::check(environment, arguments, use);
}

QString variable(const QString &name, const QString &value, Use use = Use::Window)
{
    return check({ name + u'=' + value }, {}, use);
}

QString argument(const QString &name, const QString &value, Use use = Use::Window)
{
    return check({}, { name, value }, use);
}

} // namespace

TEST_CASE("environments that load network-capable plugins are refused")
{
    CHECK(variable(QStringLiteral("QT_QPA_GENERIC_PLUGINS"), QStringLiteral("tuiotouch"))
              .startsWith(u"QT_QPA_GENERIC_PLUGINS is set;"));
    CHECK(variable(QStringLiteral("QT_PLUGIN_PATH"), QStringLiteral("/tmp/x")).startsWith(u"QT_PLUGIN_PATH is set;"));
    CHECK(variable(QStringLiteral("QT_QPA_PLATFORM_PLUGIN_PATH"), QStringLiteral("/tmp/x"))
              .startsWith(u"QT_QPA_PLATFORM_PLUGIN_PATH is set;"));
    CHECK(variable(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("vnc:size=800x600"))
              .startsWith(u"QT_QPA_PLATFORM=vnc:size=800x600 is not allowed;"));
    CHECK(variable(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("wayland;vnc")).startsWith(u"QT_QPA_PLATFORM=wayland;vnc is not allowed;"));
    // Qt skips empty parts and compares plugin keys without case.
    CHECK(variable(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral(":vnc")).startsWith(u"QT_QPA_PLATFORM=:vnc is not allowed;"));
    CHECK(variable(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("VNC")).startsWith(u"QT_QPA_PLATFORM=VNC is not allowed;"));
    CHECK(variable(QStringLiteral("QT_QPA_PLATFORMTHEME"), QStringLiteral("kde")).startsWith(u"QT_QPA_PLATFORMTHEME=kde is not allowed;"));
    CHECK(variable(QStringLiteral("QT_STYLE_OVERRIDE"), QStringLiteral("kvantum")).startsWith(u"QT_STYLE_OVERRIDE=kvantum is not allowed;"));
    CHECK(variable(QStringLiteral("QT_IM_MODULE"), QStringLiteral("qtvirtualkeyboard")).startsWith(u"QT_IM_MODULE=qtvirtualkeyboard is not allowed;"));
}

TEST_CASE("ordinary environments and arguments are allowed")
{
    CHECK(check({}).isEmpty());
    CHECK(variable(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("wayland;xcb")).isEmpty());
    CHECK(variable(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")).isEmpty());
    CHECK(variable(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("XCB")).isEmpty());
    CHECK(variable(QStringLiteral("QT_QPA_PLATFORMTHEME"), QStringLiteral("gtk3")).isEmpty());
    CHECK(variable(QStringLiteral("QT_QPA_GENERIC_PLUGINS"), QString()).isEmpty());
    CHECK(check({}, { QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("-reverse") }).isEmpty());
    // Variables of other programs, and entries without a value.
    CHECK(check({ QStringLiteral("PATH=/usr/bin"), QStringLiteral("QT_QPA_PLATFORMX=vnc"), QStringLiteral("NOEQUALS") })
              .isEmpty());
}

TEST_CASE("arguments that load plugins are refused")
{
    CHECK(argument(QStringLiteral("-platform"), QStringLiteral("vnc")).startsWith(u"-platform vnc is not allowed;"));
    CHECK(argument(QStringLiteral("-platform"), QStringLiteral("VNC")).startsWith(u"-platform VNC is not allowed;"));
    CHECK(argument(QStringLiteral("-platform"), QStringLiteral("xcb;vnc")).startsWith(u"-platform xcb;vnc is not allowed;"));
    CHECK(argument(QStringLiteral("-plugin"), QStringLiteral("tuiotouch")).startsWith(u"-plugin tuiotouch is not allowed;"));
    CHECK(argument(QStringLiteral("-platformpluginpath"), QStringLiteral("/tmp")).startsWith(u"-platformpluginpath /tmp is not allowed;"));
    CHECK(argument(QStringLiteral("-style"), QStringLiteral("kvantum")).startsWith(u"-style kvantum is not allowed;"));
    CHECK(argument(QStringLiteral("-qmljsdebugger"), QStringLiteral("port:3768")).startsWith(u"-qmljsdebugger port:3768 is not allowed;"));
}

TEST_CASE("a variable and its argument follow one rule")
{
    // Each pair: the same value through the variable and through the argument gives the same
    // verdict, case-insensitively as Qt reads plugin keys.
    const struct
    {
        const char *variable;
        const char *argument;
        const char *value;
        bool allowed;
    } cases[] = {
        { "QT_QPA_PLATFORM", "-platform", "xcb", true },
        { "QT_QPA_PLATFORM", "-platform", "Wayland", true },
        { "QT_QPA_PLATFORM", "-platform", "offscreen:fontengine=freetype", true },
        { "QT_QPA_PLATFORM", "-platform", "vnc", false },
        { "QT_QPA_PLATFORM", "-platform", "Vnc:size=800x600", false },
        { "QT_QPA_PLATFORM", "-platform", "xcb;vnc", false },
        { "QT_QPA_PLATFORMTHEME", "-platformtheme", "gtk3", true },
        { "QT_QPA_PLATFORMTHEME", "-platformtheme", "GTK3", true },
        { "QT_QPA_PLATFORMTHEME", "-platformtheme", "snap", true },
        { "QT_QPA_PLATFORMTHEME", "-platformtheme", "flatpak", true },
        { "QT_QPA_PLATFORMTHEME", "-platformtheme", "xdgdesktopportal", true },
        { "QT_QPA_PLATFORMTHEME", "-platformtheme", "qt5ct", false },
        { "QT_STYLE_OVERRIDE", "-style", "Fusion", true },
        { "QT_STYLE_OVERRIDE", "-style", "kvantum", false },
        { "QT_QPA_GENERIC_PLUGINS", "-plugin", "tuiotouch", false },
        { "QT_QPA_GENERIC_PLUGINS", "-plugin", "evdevkeyboard", false },
        { "QT_QPA_PLATFORM_PLUGIN_PATH", "-platformpluginpath", "/tmp", false },
        { "DISPLAY", "-display", ":0", true },
        { "DISPLAY", "-display", "192.0.2.7:0", false },
    };
    for (const auto &c : cases) {
        INFO(c.variable << " / " << c.argument << " " << c.value);
        const QString viaVariable = variable(QString::fromLatin1(c.variable), QString::fromLatin1(c.value));
        const QString viaArgument = argument(QString::fromLatin1(c.argument), QString::fromLatin1(c.value));
        CHECK(viaVariable.isEmpty() == c.allowed);
        CHECK(viaArgument.isEmpty() == c.allowed);
    }
}

TEST_CASE("every occurrence is checked, not only the first")
{
    // Qt's xcb plugin uses the last -display; -platform too.
    CHECK(check({}, { QStringLiteral("-display"), QStringLiteral(":0"), QStringLiteral("-display"),
                      QStringLiteral("127.0.0.1:7") })
              .startsWith(u"-display 127.0.0.1:7 names another host;"));
    CHECK(check({}, { QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("-platform"),
                      QStringLiteral("vnc") })
              .startsWith(u"-platform vnc is not allowed;"));
    // getenv() returns the first of two entries, QProcessEnvironment the last: both are checked.
    CHECK(check({ QStringLiteral("DISPLAY=127.0.0.1:7"), QStringLiteral("DISPLAY=:0") })
              .startsWith(u"DISPLAY=127.0.0.1:7 names another host;"));
    CHECK(check({ QStringLiteral("DISPLAY=:0"), QStringLiteral("DISPLAY=127.0.0.1:7") })
              .startsWith(u"DISPLAY=127.0.0.1:7 names another host;"));
    CHECK(check({ QStringLiteral("QT_QPA_PLATFORM=xcb"), QStringLiteral("QT_QPA_PLATFORM=vnc") })
              .startsWith(u"QT_QPA_PLATFORM=vnc is not allowed;"));
    CHECK(check({ QStringLiteral("QT_QPA_GENERIC_PLUGINS="), QStringLiteral("QT_QPA_GENERIC_PLUGINS=tuiotouch") })
              .startsWith(u"QT_QPA_GENERIC_PLUGINS is set;"));
    // Local repeats are fine.
    CHECK(check({ QStringLiteral("DISPLAY=:0"), QStringLiteral("DISPLAY=:1") },
                { QStringLiteral("-display"), QStringLiteral(":0"), QStringLiteral("-display"), QStringLiteral("unix:1") })
              .isEmpty());
}

TEST_CASE("the process environment is read as the C library holds it")
{
    qputenv("MELDPUNT_GUARD_TEST", "a=b");
    CHECK(PluginGuard::processEnvironment().contains(u"MELDPUNT_GUARD_TEST=a=b"));
    qunsetenv("MELDPUNT_GUARD_TEST");
    CHECK_FALSE(PluginGuard::processEnvironment().join(u'\n').contains(u"MELDPUNT_GUARD_TEST"));
}

TEST_CASE("for a window, a display or message bus on another host is refused, local ones are allowed")
{
    // The commands without a window never connect: ssh -X with DISPLAY=localhost:10 is fine there.
    CHECK(variable(QStringLiteral("DISPLAY"), QStringLiteral("localhost:10.0"), Use::Command).isEmpty());
    CHECK(argument(QStringLiteral("-display"), QStringLiteral("localhost:10.0"), Use::Command).isEmpty());
    CHECK(variable(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("tcp:host=example.org,port=5555"),
                   Use::Command)
              .isEmpty());
    // ... but a command still loads plugins: those rules hold there too.
    CHECK_FALSE(variable(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("vnc"), Use::Command).isEmpty());

    for (const QString &remote : { QStringLiteral("192.0.2.7:0"), QStringLiteral("localhost:0"),
                                   QStringLiteral("tcp/terminal.example:0.0"), QStringLiteral("[::1]:0") }) {
        INFO(remote.toStdString());
        CHECK(variable(QStringLiteral("DISPLAY"), remote).startsWith(u"DISPLAY=" + remote + u" names another host;"));
        CHECK(argument(QStringLiteral("-display"), remote).startsWith(u"-display " + remote + u" names another host;"));
    }
    for (const QString &local : { QStringLiteral(":0"), QStringLiteral(":99.0"), QStringLiteral("unix:0"),
                                  QStringLiteral("/tmp/.X11-unix/X0") }) {
        INFO(local.toStdString());
        CHECK(variable(QStringLiteral("DISPLAY"), local).isEmpty());
        CHECK(argument(QStringLiteral("-display"), local).isEmpty());
    }
    // Wayland reaches its compositor only through a unix socket: a name or a path.
    CHECK(variable(QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("wayland-0")).isEmpty());
    CHECK(variable(QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("/run/user/1000/wayland-0")).isEmpty());

    CHECK(variable(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("tcp:host=example.org,port=5555"))
              .startsWith(u"DBUS_SESSION_BUS_ADDRESS=tcp:host=example.org,port=5555 is not a unix: address;"));
    CHECK_FALSE(variable(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                         QStringLiteral("unix:path=/run/user/1000/bus;tcp:host=example.org,port=5555"))
                    .isEmpty());
    CHECK_FALSE(variable(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("autolaunch:")).isEmpty());
    CHECK_FALSE(variable(QStringLiteral("AT_SPI_BUS_ADDRESS"), QStringLiteral("nonce-tcp:host=localhost")).isEmpty());
    CHECK_FALSE(variable(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QStringLiteral("tcp:host=localhost,port=1")).isEmpty());
    CHECK(variable(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/run/user/1000/bus")).isEmpty());
    CHECK(variable(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:")).isEmpty());
    CHECK(variable(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QStringLiteral("unix:path=/var/run/dbus/system_bus_socket"))
              .isEmpty());
}
