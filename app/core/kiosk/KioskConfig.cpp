#include "KioskConfig.h"

#include "LanguageCode.h"
#include "SafeFile.h"

namespace meldpunt {

QKeySequence KioskConfig::defaultAdminChord()
{
    return QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_M);
}

KioskConfig::Result KioskConfig::load(const QString &path)
{
    // An administrator's file is small; a huge one is a mistake, not a configuration.
    const SafeFile::Result file = SafeFile::readRegular(path, maxSize);
    if (file.problem == SafeFile::Problem::TooLarge)
        return { {}, { { path, 0, QStringLiteral("the configuration is larger than 64 KiB; using the defaults") } } };
    if (!file.ok())
        return { {}, { { path, 0, QStringLiteral("cannot read the configuration (%1); using the defaults")
                                        .arg(file.error) } } };
    return parse(QString::fromUtf8(file.bytes), path);
}

KioskConfig::Result KioskConfig::parse(const QString &text, const QString &fileName)
{
    Result result;
    KioskConfig &config = result.config;
    auto problem = [&](int line, const QString &message) {
        result.diagnostics.append({ fileName, line, message });
    };

    QString section;
    const QStringList lines = text.split(u'\n');
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNumber = index + 1;
        QString line = lines[index].trimmed();
        if (index == 0 && line.startsWith(QChar(0xfeff)))
            line = line.mid(1).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']')) {
                problem(lineNumber, QStringLiteral("a section header ends with ']'"));
                section.clear();
                continue;
            }
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            if (section != u"kiosk")
                problem(lineNumber, QStringLiteral("unknown section [%1]; its keys are ignored").arg(section));
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            problem(lineNumber, QStringLiteral("expected 'key = value'"));
            continue;
        }
        if (section != u"kiosk") {
            if (section.isEmpty())
                problem(lineNumber, QStringLiteral("'%1' is outside the section [kiosk]; ignored")
                                        .arg(line.left(equals).trimmed()));
            continue;
        }
        const QString key = line.left(equals).trimmed().toLower();
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);

        if (key == u"language") {
            if (LanguageCode::isValid(value))
                config.language = value;
            else
                problem(lineNumber, QStringLiteral("language must be a language code such as nl or en, not '%1'").arg(value));
        } else if (key == u"idle-timeout") {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (ok && seconds >= minIdleTimeout && seconds <= maxIdleTimeout)
                config.idleTimeoutSeconds = seconds;
            else
                problem(lineNumber, QStringLiteral("idle-timeout must be a whole number of seconds from %1 to %2, not '%3'; using %4")
                                        .arg(QString::number(minIdleTimeout), QString::number(maxIdleTimeout), value,
                                             QString::number(config.idleTimeoutSeconds)));
        } else if (key == u"touch-keyboard") {
            const QString lower = value.toLower();
            if (lower == u"auto")
                config.touchKeyboard = TouchKeyboard::Auto;
            else if (lower == u"on")
                config.touchKeyboard = TouchKeyboard::On;
            else if (lower == u"off")
                config.touchKeyboard = TouchKeyboard::Off;
            else
                problem(lineNumber, QStringLiteral("touch-keyboard must be auto, on or off, not '%1'").arg(value));
        } else if (key == u"text-size") {
            const QString lower = value.toLower();
            if (lower == u"normal" || lower == u"large" || lower == u"larger")
                config.textSize = lower;
            else
                problem(lineNumber, QStringLiteral("text-size must be normal, large or larger, not '%1'").arg(value));
        } else if (key == u"high-contrast") {
            const QString lower = value.toLower();
            if (lower == u"true" || lower == u"yes" || lower == u"on" || lower == u"1")
                config.highContrast = true;
            else if (lower == u"false" || lower == u"no" || lower == u"off" || lower == u"0")
                config.highContrast = false;
            else
                problem(lineNumber, QStringLiteral("high-contrast must be true or false, not '%1'").arg(value));
        } else if (key == u"content") {
            if (value.startsWith(u'/'))
                config.contentPack = value;
            else
                problem(lineNumber, QStringLiteral("content must be an absolute path to a content pack (.rcc)"));
        } else if (key == u"neutral-text") {
            // "\n" in the file starts a new line on the screen.
            config.neutralText = value.replace(QStringLiteral("\\n"), QStringLiteral("\n")).left(500);
        } else if (key == u"admin-chord") {
            const QKeySequence chord = QKeySequence::fromString(value, QKeySequence::PortableText);
            const bool hasModifier = chord.count() == 1
                && (chord[0].keyboardModifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
            if (chord.count() == 1 && chord[0].key() != Qt::Key_unknown && hasModifier)
                config.adminChord = chord;
            else
                problem(lineNumber, QStringLiteral("admin-chord must be one key with Ctrl, Alt or Meta, such as "
                                                   "Ctrl+Alt+Shift+M, not '%1'").arg(value));
        } else if (key == u"admin-pin-hash") {
            if (value.startsWith(u"$argon2id$") && value.size() < 128)
                config.adminPinHash = value;
            else
                problem(lineNumber, QStringLiteral("admin-pin-hash must be an $argon2id$ hash made with "
                                                   "'meldpunt-kiosk --hash-pin'"));
        } else if (key == u"trusted-key") {
            const QByteArray publicKey = QByteArray::fromBase64(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (publicKey.size() == 32)
                config.trustedKeys << publicKey;
            else
                problem(lineNumber, QStringLiteral("trusted-key must be a public key as printed by "
                                                   "'meldpunt-kiosk --make-signing-key' (base64, 32 bytes)"));
        } else if (key == u"require-signed-content") {
            const QString lower = value.toLower();
            if (lower == u"yes" || lower == u"true" || lower == u"on" || lower == u"1")
                config.requireSignedContent = true;
            else if (lower == u"no" || lower == u"false" || lower == u"off" || lower == u"0")
                config.requireSignedContent = false;
            else
                problem(lineNumber, QStringLiteral("require-signed-content must be yes or no, not '%1'").arg(value));
        } else {
            problem(lineNumber, QStringLiteral("unknown key '%1'").arg(key));
        }
    }
    return result;
}

} // namespace meldpunt
