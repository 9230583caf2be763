#include "KioskEnvironment.h"

#include <QCoreApplication>

namespace meldpunt {

QStringList KioskEnvironment::prepare()
{
    QStringList changed;
    const struct
    {
        const char *name;
        const char *value;
    } settings[] = {
        // Mesa's shader cache (~/.cache/mesa_shader_cache), old and new names.
        { "MESA_SHADER_CACHE_DISABLE", "true" },
        { "MESA_GLSL_CACHE_DISABLE", "true" },
        // NVIDIA's driver keeps its own shader cache (~/.nv).
        { "__GL_SHADER_DISK_CACHE", "0" },
        // Qt's OpenGL program binary cache (~/.cache/<app>/qtshadercache).
        { "QT_DISABLE_SHADER_DISK_CACHE", "1" },
        // No GTK or GIO helpers that keep state (~/.local/share/recently-used.xbel, dconf).
        { "GSETTINGS_BACKEND", "memory" },
        { "GIO_USE_VFS", "local" },
    };
    for (const auto &setting : settings) {
        if (qgetenv(setting.name) != setting.value) {
            qputenv(setting.name, setting.value);
            changed << QString::fromLatin1(setting.name);
        }
    }
    // Session management (ICE) writes ~/.ICEauthority and may reach the session manager over TCP.
    for (const char *name : { "SESSION_MANAGER" }) {
        if (qEnvironmentVariableIsSet(name)) {
            qunsetenv(name);
            changed << QString::fromLatin1(name);
        }
    }
    QCoreApplication::setAttribute(Qt::AA_DisableShaderDiskCache);
    QCoreApplication::setAttribute(Qt::AA_DisableSessionManager);
    return changed;
}

} // namespace meldpunt
