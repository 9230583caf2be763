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
