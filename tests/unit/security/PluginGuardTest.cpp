#include "PluginGuard.h"
#include "TestSupport.h"

using namespace meldpunt;

namespace {
QString check(const QString &variable, const QString &value, const QStringList &arguments = {})
{
    QProcessEnvironment environment;
    if (!variable.isEmpty())
        environment.insert(variable, value);
    return PluginGuard::check(environment, arguments);
}
} // namespace

TEST_CASE("environments that load network-capable plugins are refused")
{
    CHECK(check(QStringLiteral("QT_QPA_GENERIC_PLUGINS"), QStringLiteral("tuiotouch")).startsWith(u"QT_QPA_GENERIC_PLUGINS is set"));
    CHECK(!check(QStringLiteral("QT_PLUGIN_PATH"), QStringLiteral("/tmp/x")).isEmpty());
    CHECK(!check(QStringLiteral("QT_QPA_PLATFORM_PLUGIN_PATH"), QStringLiteral("/tmp/x")).isEmpty());
    CHECK(!check(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("vnc:size=800x600")).isEmpty());
    CHECK(!check(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("wayland;vnc")).isEmpty());
    CHECK(!check(QStringLiteral("QT_STYLE_OVERRIDE"), QStringLiteral("kvantum")).isEmpty());
}

TEST_CASE("ordinary environments and arguments are allowed")
{
    CHECK(check({}, {}).isEmpty());
    CHECK(check(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("wayland;xcb")).isEmpty());
    CHECK(check(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")).isEmpty());
    CHECK(check(QStringLiteral("QT_QPA_GENERIC_PLUGINS"), QString()).isEmpty());
    CHECK(check({}, {}, { QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("-reverse") }).isEmpty());
}

TEST_CASE("arguments that load plugins are refused")
{
    CHECK(!check({}, {}, { QStringLiteral("-platform"), QStringLiteral("vnc") }).isEmpty());
    CHECK(!check({}, {}, { QStringLiteral("-plugin"), QStringLiteral("tuiotouch") }).isEmpty());
    CHECK(!check({}, {}, { QStringLiteral("-platformpluginpath"), QStringLiteral("/tmp") }).isEmpty());
}

namespace {
QString connections(const QString &variable, const QString &value, const QStringList &arguments = {})
{
    QProcessEnvironment environment;
    if (!variable.isEmpty())
        environment.insert(variable, value);
    return PluginGuard::checkConnections(environment, arguments);
}
} // namespace

TEST_CASE("for a window, a display or message bus on another host is refused, local ones are allowed")
{
    // The commands without a window never connect: ssh -X with DISPLAY=localhost:10 is fine there.
    CHECK(check(QStringLiteral("DISPLAY"), QStringLiteral("localhost:10.0")).isEmpty());

    for (const QString &remote : { QStringLiteral("192.0.2.7:0"), QStringLiteral("localhost:0"),
                                   QStringLiteral("tcp/terminal.example:0.0"), QStringLiteral("[::1]:0") }) {
        INFO(remote.toStdString());
        CHECK(connections(QStringLiteral("DISPLAY"), remote).startsWith(u"DISPLAY=" + remote + u" names another host"));
        CHECK_FALSE(connections({}, {}, { QStringLiteral("-display"), remote }).isEmpty());
    }
    for (const QString &local : { QStringLiteral(":0"), QStringLiteral(":99.0"), QStringLiteral("unix:0"),
                                  QStringLiteral("/tmp/.X11-unix/X0") }) {
        INFO(local.toStdString());
        CHECK(connections(QStringLiteral("DISPLAY"), local).isEmpty());
        CHECK(connections({}, {}, { QStringLiteral("-display"), local }).isEmpty());
    }
    CHECK_FALSE(connections(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("tcp:host=example.org,port=5555")).isEmpty());
    CHECK_FALSE(connections(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=/run/user/1000/bus;tcp:host=example.org,port=5555")).isEmpty());
    CHECK_FALSE(connections(QStringLiteral("AT_SPI_BUS_ADDRESS"), QStringLiteral("nonce-tcp:host=localhost")).isEmpty());
    CHECK(connections(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/run/user/1000/bus")).isEmpty());
    CHECK(connections(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QStringLiteral("unix:path=/var/run/dbus/system_bus_socket")).isEmpty());
}
