#include "KioskConfig.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace meldpunt;

namespace {

QStringList messages(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines << diagnostic.toString();
    return lines;
}

} // namespace

TEST_CASE("a good configuration file sets every key")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    test::writeFile(path, QStringLiteral("# Library terminal 3\n"
                                         "[kiosk]\n"
                                         "language = en\n"
                                         "idle-timeout = 120\n"
                                         "touch-keyboard = off\n"
                                         "text-size = larger\n"
                                         "high-contrast = true\n"
                                         "content = /usr/share/meldpunt-kiosk/pack.rcc\n"
                                         "neutral-text = Welkom in de bibliotheek\\nFijne dag\n"
                                         "admin-chord = Ctrl+Alt+K\n"
                                         "; made with --hash-pin\n"
                                         "admin-pin-hash = $argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaA\n"));
    const KioskConfig::Result result = KioskConfig::load(path);
    INFO(messages(result.diagnostics).join(u'\n'));
    CHECK(result.diagnostics.isEmpty());
    const KioskConfig &config = result.config;
    CHECK(config.language == u"en");
    CHECK(config.idleTimeoutSeconds == 120);
    CHECK(config.touchKeyboard == KioskConfig::TouchKeyboard::Off);
    CHECK(config.textSize == u"larger");
    CHECK(config.highContrast);
    CHECK(config.contentPack == u"/usr/share/meldpunt-kiosk/pack.rcc");
    CHECK(config.neutralText == u"Welkom in de bibliotheek\nFijne dag");
    CHECK(config.adminChord == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    CHECK(config.adminPinHash == u"$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaA");
}

TEST_CASE("an empty configuration gives the defaults")
{
    const KioskConfig::Result result = KioskConfig::parse(QString(), QStringLiteral("kiosk.conf"));
    CHECK(result.diagnostics.isEmpty());
    CHECK(result.config.language.isEmpty());
    CHECK(result.config.idleTimeoutSeconds == 90);
    CHECK(result.config.touchKeyboard == KioskConfig::TouchKeyboard::Auto);
    CHECK(result.config.textSize == u"normal");
    CHECK_FALSE(result.config.highContrast);
    CHECK(result.config.adminChord == QKeySequence(QStringLiteral("Ctrl+Alt+Shift+M")));
    CHECK(result.config.adminPinHash.isEmpty());
}

TEST_CASE("bad values are reported as file:line and keep their defaults")
{
    const QString text = QStringLiteral("[kiosk]\n"              // 1
                                        "idle-timeout = 5\n"     // 2
                                        "language = Nederlands\n" // 3
                                        "touch-keyboard = maybe\n" // 4
                                        "\n"                     // 5
                                        "text-size = huge\n"     // 6
                                        "high-contrast = sometimes\n" // 7
                                        "admin-pin-hash = 1234\n" // 8
                                        "admin-chord = M\n"      // 9
                                        "colour = red\n"         // 10
                                        "no equals sign\n"       // 11
                                        "content = pack.rcc\n"   // 12
                                        "idle-timeout = 99999\n" // 13
                                        "[other]\n"              // 14
                                        "idle-timeout = 20\n");  // 15
    const KioskConfig::Result result = KioskConfig::parse(text, QStringLiteral("/etc/meldpunt-kiosk/kiosk.conf"));
    const QStringList lines = messages(result.diagnostics);
    INFO(lines.join(u'\n'));
    REQUIRE(lines.size() == 12);
    CHECK(lines[0].startsWith(QStringLiteral("/etc/meldpunt-kiosk/kiosk.conf:2: idle-timeout must be a whole number of seconds from 15 to 3600, not '5'")));
    CHECK(lines[1].startsWith(QStringLiteral("/etc/meldpunt-kiosk/kiosk.conf:3: language")));
    CHECK(lines[2].startsWith(QStringLiteral("/etc/meldpunt-kiosk/kiosk.conf:4: touch-keyboard must be auto, on or off")));
    CHECK(lines[3].startsWith(QStringLiteral("/etc/meldpunt-kiosk/kiosk.conf:6: text-size")));
    CHECK(lines[4].startsWith(QStringLiteral("/etc/meldpunt-kiosk/kiosk.conf:7: high-contrast")));
    CHECK(lines[5].startsWith(QStringLiteral("/etc/meldpunt-kiosk/kiosk.conf:8: admin-pin-hash")));
    CHECK(lines[6].startsWith(QStringLiteral("/etc/meldpunt-kiosk/kiosk.conf:9: admin-chord")));
    CHECK(lines[7] == u"/etc/meldpunt-kiosk/kiosk.conf:10: unknown key 'colour'");
    CHECK(lines[8] == u"/etc/meldpunt-kiosk/kiosk.conf:11: expected 'key = value'");
    CHECK(lines[9].startsWith(QStringLiteral("/etc/meldpunt-kiosk/kiosk.conf:12: content must be an absolute path")));
    CHECK(lines[10].startsWith(QStringLiteral("/etc/meldpunt-kiosk/kiosk.conf:13: idle-timeout")));
    CHECK(lines[11].startsWith(QStringLiteral("/etc/meldpunt-kiosk/kiosk.conf:14: unknown section [other]")));

    const KioskConfig &config = result.config;
    CHECK(config.idleTimeoutSeconds == 90); // line 15 is outside [kiosk]
    CHECK(config.language.isEmpty());
    CHECK(config.touchKeyboard == KioskConfig::TouchKeyboard::Auto);
    CHECK(config.textSize == u"normal");
    CHECK_FALSE(config.highContrast);
    CHECK(config.adminPinHash.isEmpty());
    CHECK(config.adminChord == KioskConfig::defaultAdminChord());
    CHECK(config.contentPack.isEmpty());
}

TEST_CASE("a missing file gives one diagnostic and the defaults")
{
    const KioskConfig::Result result = KioskConfig::load(QStringLiteral("/nonexistent/kiosk.conf"));
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].toString().startsWith(QStringLiteral("/nonexistent/kiosk.conf: cannot read the configuration")));
    CHECK(result.config.idleTimeoutSeconds == 90);
}

TEST_CASE("keys before any section are reported, a byte order mark and Windows line ends are fine")
{
    const KioskConfig::Result result = KioskConfig::parse(
        QStringLiteral("\uFEFFidle-timeout = 30\r\n[Kiosk]\r\nidle-timeout = \"45\"\r\n"), QStringLiteral("k.conf"));
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].toString() == u"k.conf:1: 'idle-timeout' is outside the section [kiosk]; ignored");
    CHECK(result.config.idleTimeoutSeconds == 45);
}

TEST_CASE("trusted keys for content packs: repeatable, each a 32-byte public key in base64")
{
    const QString one = QString::fromLatin1(QByteArray(32, '\1').toBase64());
    const QString two = QString::fromLatin1(QByteArray(32, '\2').toBase64());
    const KioskConfig::Result result = KioskConfig::parse(
        u"[kiosk]\ntrusted-key = " + one + u"\ntrusted-key = " + two
            + u"\ntrusted-key = AAAA\nrequire-signed-content = yes\nrequire-signed-content = maybe\n",
        QStringLiteral("kiosk.conf"));
    CHECK(result.config.trustedKeys == QList<QByteArray> { QByteArray(32, '\1'), QByteArray(32, '\2') });
    CHECK(result.config.requireSignedContent);
    REQUIRE(result.diagnostics.size() == 2);
    CHECK(result.diagnostics[0].toString().startsWith(u"kiosk.conf:4: trusted-key must be a public key"));
    CHECK(result.diagnostics[1].toString() == u"kiosk.conf:6: require-signed-content must be yes or no, not 'maybe'");
    CHECK_FALSE(KioskConfig().requireSignedContent);
}

TEST_CASE("a configuration that is a FIFO or a folder is refused at once, with the defaults kept")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("kiosk.conf"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const KioskConfig::Result fromFifo = KioskConfig::load(fifo);
    REQUIRE(fromFifo.diagnostics.size() == 1);
    CHECK(fromFifo.diagnostics[0].toString()
          == fifo + u": cannot read the configuration (a FIFO (named pipe), not a regular file); using the defaults");
    const KioskConfig::Result fromFolder = KioskConfig::load(dir.path());
    CHECK(fromFolder.diagnostics.value(0).message.contains(u"a folder, not a regular file"));
    CHECK(fromFolder.config.idleTimeoutSeconds == 90);
}
