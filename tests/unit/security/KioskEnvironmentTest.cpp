// KioskEnvironment changes this process's environment: a test program of its own.

#include "KioskEnvironment.h"
#include "TestSupport.h"

#include <QCoreApplication>

using namespace meldpunt;

TEST_CASE("kiosk environment: no shader caches, no GTK state, no session manager")
{
    qputenv("MESA_SHADER_CACHE_DISABLE", "true"); // already so: not among the changed
    qputenv("GIO_USE_VFS", "gvfs");
    qputenv("SESSION_MANAGER", "local/host:@/tmp/.ICE-unix/1,unix/host:/tmp/.ICE-unix/1");
    qunsetenv("QT_DISABLE_SHADER_DISK_CACHE");

    const QStringList changed = KioskEnvironment::prepare();
    CHECK_FALSE(changed.contains(u"MESA_SHADER_CACHE_DISABLE"));
    CHECK(changed.contains(u"GIO_USE_VFS"));
    CHECK(changed.contains(u"SESSION_MANAGER"));
    CHECK(changed.contains(u"QT_DISABLE_SHADER_DISK_CACHE"));

    CHECK(qgetenv("MESA_SHADER_CACHE_DISABLE") == "true");
    CHECK(qgetenv("MESA_GLSL_CACHE_DISABLE") == "true");
    CHECK(qgetenv("__GL_SHADER_DISK_CACHE") == "0");
    CHECK(qgetenv("QT_DISABLE_SHADER_DISK_CACHE") == "1");
    CHECK(qgetenv("GSETTINGS_BACKEND") == "memory");
    CHECK(qgetenv("GIO_USE_VFS") == "local");
    CHECK_FALSE(qEnvironmentVariableIsSet("SESSION_MANAGER"));
    CHECK(QCoreApplication::testAttribute(Qt::AA_DisableShaderDiskCache));
    CHECK(QCoreApplication::testAttribute(Qt::AA_DisableSessionManager));

    // A second time there is nothing left to change.
    CHECK(KioskEnvironment::prepare().isEmpty());
}
