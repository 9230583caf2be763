#include "Startup.h"

#include "ContentPack.h"
#include "Sandbox.h"

#include <QFileInfo>

namespace meldpunt {

QTextStream &Startup::errors()
{
    static QTextStream stream(stderr);
    return stream;
}

int Startup::refuse(const QString &message)
{
    errors() << "meldpunt-kiosk: " << message << '\n' << "Try 'meldpunt-kiosk --help'.\n";
    errors().flush();
    return 2;
}

bool Startup::installSandbox(bool kiosk)
{
    const QString failure = Sandbox::install(kiosk ? Sandbox::Mode::Kiosk : Sandbox::Mode::Workstation);
    if (failure.isEmpty())
        return true;
    if (kiosk) {
        // A kiosk promises its visitors no network, no other program and no trace: without
        // the filter it cannot keep that promise, so it does not start.
        errors() << "meldpunt-kiosk: " << failure << "; kiosk mode does not start without it "
                 << "(a service manager that forbids seccomp(2) must allow it)\n";
        errors().flush();
        return false;
    }
    errors() << "meldpunt-kiosk: " << failure << "; continuing with the plugin guard only\n";
    errors().flush();
    return true;
}

ContentLoader::Result Startup::loadContent(const QString &packPath, const ContentPack::Trust &trust)
{
    if (!packPath.isEmpty()) {
        const ContentPack::Result pack = ContentPack::load(packPath, trust);
        if (pack.ok()) {
            for (const QString &warning : pack.warnings)
                errors() << "meldpunt-kiosk: " << packPath << ": " << warning << '\n';
            errors().flush();
            return pack;
        }
        for (const Diagnostic &diagnostic : pack.diagnostics)
            errors() << diagnostic.toString() << '\n';
        errors() << "meldpunt-kiosk: the content pack " << packPath << " is refused; using the built-in content\n";
        errors().flush();
    }
    return ContentPack::loadBuiltIn();
}

ContentPack::Trust Startup::trust(const KioskConfig &config, bool kiosk)
{
    return { config.trustedKeys, kiosk || config.requireSignedContent };
}

KioskConfig Startup::readConfig(const QString &path)
{
    QString file = path;
    if (file.isEmpty() && QFileInfo::exists(QString::fromLatin1(KioskConfig::defaultPath)))
        file = QString::fromLatin1(KioskConfig::defaultPath);
    if (file.isEmpty())
        return {};
    const KioskConfig::Result result = KioskConfig::load(file);
    for (const Diagnostic &diagnostic : result.diagnostics)
        errors() << diagnostic.toString() << '\n';
    errors().flush();
    return result.config;
}

const LanguageContent *Startup::chooseLanguage(const ContentLibrary &library, const QString &wanted,
                                               QString &error)
{
    const QString code = wanted.isEmpty() ? library.languageCodes().value(0) : wanted;
    const LanguageContent *language = library.language(code);
    if (!language)
        error = QStringLiteral("no content in language '%1'; there is: %2")
                    .arg(code, library.languageCodes().join(u", "));
    return language;
}

} // namespace meldpunt
