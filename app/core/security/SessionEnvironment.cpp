#include "SessionEnvironment.h"

#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace meldpunt {

bool SessionEnvironment::isUsableRuntimeDir(const QString &path)
{
    if (path.isEmpty())
        return false;
    struct stat info {};
    // lstat: Qt refuses a symbolic link, even to a good directory.
    if (lstat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return S_ISDIR(info.st_mode) && info.st_uid == geteuid() && (info.st_mode & 07777) == 0700;
}

QStringList SessionEnvironment::prepare(Mode mode)
{
    QStringList changed;
    auto set = [&changed](const char *name, const QByteArray &value) {
        qputenv(name, value);
        changed << QString::fromLatin1(name) + u'=' + QString::fromLocal8Bit(value);
    };

    QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (mode == Mode::Kiosk && !isUsableRuntimeDir(runtimeDir)) {
        const QString systemDir = QStringLiteral("/run/user/%1").arg(geteuid());
        if (isUsableRuntimeDir(systemDir)) {
            runtimeDir = systemDir;
            set("XDG_RUNTIME_DIR", QFile::encodeName(systemDir));
        }
    }

    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        // libdbus looks for $XDG_RUNTIME_DIR/bus itself; naming it here keeps GDBus (a GTK
        // platform theme) on the same bus.
        const QString userBus = runtimeDir + QStringLiteral("/bus");
        struct stat info {};
        if (!runtimeDir.isEmpty() && stat(QFile::encodeName(userBus).constData(), &info) == 0
            && S_ISSOCK(info.st_mode) && info.st_uid == geteuid())
            set("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(userBus));
        else
            set("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    }
    return changed;
}

} // namespace meldpunt
