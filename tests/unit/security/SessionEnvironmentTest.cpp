#include "SessionEnvironment.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace meldpunt;

namespace {

/// Sets or unsets variables for one test and puts them back after.
class ScopedEnvironment
{
public:
    explicit ScopedEnvironment(std::initializer_list<std::pair<const char *, const char *>> values)
    {
        for (const auto &[name, value] : values) {
            m_saved.push_back({ name, qgetenv(name), qEnvironmentVariableIsSet(name) });
            if (value)
                qputenv(name, value);
            else
                qunsetenv(name);
        }
    }
    ~ScopedEnvironment()
    {
        for (const Saved &saved : m_saved) {
            if (saved.wasSet)
                qputenv(saved.name, saved.value);
            else
                qunsetenv(saved.name);
        }
    }

private:
    struct Saved
    {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    std::vector<Saved> m_saved;
};

/// A listening unix socket at `path`, as a bus daemon makes it; -1 when that fails.
int listenAt(const QString &path)
{
    const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path);
    if (fd < 0 || size_t(bytes.size()) >= sizeof(address.sun_path))
        return -1;
    memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()));
    if (bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0 || listen(fd, 1) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

} // namespace

TEST_CASE("without a session bus, D-Bus is disabled instead of autolaunched")
{
    QTemporaryDir runtime;
    REQUIRE(runtime.isValid());
    REQUIRE(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    ScopedEnvironment environment { { "DBUS_SESSION_BUS_ADDRESS", nullptr },
                                    { "XDG_RUNTIME_DIR", runtime.path().toLocal8Bit().constData() } };
    const QStringList changed = SessionEnvironment::prepare(SessionEnvironment::Mode::Workstation);
    CHECK(changed == QStringList { QStringLiteral("DBUS_SESSION_BUS_ADDRESS=disabled:") });
    CHECK(qgetenv("DBUS_SESSION_BUS_ADDRESS") == "disabled:");
}

TEST_CASE("an empty bus address counts as none")
{
    ScopedEnvironment environment { { "DBUS_SESSION_BUS_ADDRESS", "" }, { "XDG_RUNTIME_DIR", nullptr } };
    SessionEnvironment::prepare(SessionEnvironment::Mode::Workstation);
    CHECK(qgetenv("DBUS_SESSION_BUS_ADDRESS") == "disabled:");
}

TEST_CASE("the user's bus in the runtime directory is kept, and named for every library")
{
    QTemporaryDir runtime;
    REQUIRE(runtime.isValid());
    const QString bus = runtime.path() + QStringLiteral("/bus");
    const int fd = listenAt(bus);
    REQUIRE(fd >= 0);
    ScopedEnvironment environment { { "DBUS_SESSION_BUS_ADDRESS", nullptr },
                                    { "XDG_RUNTIME_DIR", runtime.path().toLocal8Bit().constData() } };
    SessionEnvironment::prepare(SessionEnvironment::Mode::Workstation);
    CHECK(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS") == u"unix:path=" + bus);
    close(fd);
}

TEST_CASE("a given bus address is left alone")
{
    ScopedEnvironment environment { { "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus" } };
    CHECK(SessionEnvironment::prepare(SessionEnvironment::Mode::Kiosk).filter(u"DBUS").isEmpty());
    CHECK(qgetenv("DBUS_SESSION_BUS_ADDRESS") == "unix:path=/nonexistent/bus");
}

TEST_CASE("a usable runtime directory is Qt's: a real directory of ours, mode 0700")
{
    QTemporaryDir parent;
    REQUIRE(parent.isValid());
    const QString good = parent.path() + QStringLiteral("/good");
    const QString open = parent.path() + QStringLiteral("/open");
    const QString link = parent.path() + QStringLiteral("/link");
    const QString file = parent.path() + QStringLiteral("/file");
    REQUIRE(mkdir(QFile::encodeName(good).constData(), 0700) == 0);
    REQUIRE(mkdir(QFile::encodeName(open).constData(), 0700) == 0);
    REQUIRE(chmod(QFile::encodeName(open).constData(), 0755) == 0);
    REQUIRE(symlink(QFile::encodeName(good).constData(), QFile::encodeName(link).constData()) == 0);
    REQUIRE(QFile(file).open(QIODevice::WriteOnly));

    CHECK(SessionEnvironment::isUsableRuntimeDir(good));
    CHECK_FALSE(SessionEnvironment::isUsableRuntimeDir(open));
    CHECK_FALSE(SessionEnvironment::isUsableRuntimeDir(link));
    CHECK_FALSE(SessionEnvironment::isUsableRuntimeDir(file));
    CHECK_FALSE(SessionEnvironment::isUsableRuntimeDir(parent.path() + QStringLiteral("/missing")));
    CHECK_FALSE(SessionEnvironment::isUsableRuntimeDir(QString()));

    // A kiosk keeps a usable one as it is.
    ScopedEnvironment environment { { "XDG_RUNTIME_DIR", good.toLocal8Bit().constData() },
                                    { "DBUS_SESSION_BUS_ADDRESS", "disabled:" } };
    CHECK(SessionEnvironment::prepare(SessionEnvironment::Mode::Kiosk).isEmpty());
    CHECK(qEnvironmentVariable("XDG_RUNTIME_DIR") == good);
}
