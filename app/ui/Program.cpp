#include "Program.h"

#include "CliCommands.h"
#include "CommandLine.h"
#include "HandoutWriter.h"
#include "ContentPack.h"
#include "KioskConfig.h"
#include "KioskController.h"
#include "KioskEnvironment.h"
#include "MainWindow.h"
#include "NetworkSandbox.h"
#include "PinHash.h"
#include "PluginGuard.h"
#include "UiTranslator.h"

#include <QApplication>
#include <QFileInfo>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

namespace meldpunt {

namespace {

QTextStream &errorStream()
{
    static QTextStream stream(stderr);
    return stream;
}

int refuse(const QString &message)
{
    errorStream() << "meldpunt-kiosk: " << message << '\n'
                  << "Try 'meldpunt-kiosk --help'.\n";
    errorStream().flush();
    return 2;
}

/// Promise 1 in every mode: no socket but AF_UNIX and AF_NETLINK from here on.
void installNetworkSandbox()
{
    const QString failure = NetworkSandbox::install();
    if (!failure.isEmpty()) {
        errorStream() << "meldpunt-kiosk: " << failure << "; continuing with the plugin guard only\n";
        errorStream().flush();
    }
}

/// The built-in content, or the administrator's pack when it is valid.
ContentLoader::Result loadContent(const QString &packPath)
{
    if (!packPath.isEmpty()) {
        ContentLoader::Result pack = ContentPack::load(packPath);
        if (pack.ok())
            return pack;
        for (const Diagnostic &diagnostic : pack.diagnostics)
            errorStream() << diagnostic.toString() << '\n';
        errorStream() << "meldpunt-kiosk: the content pack " << packPath
                      << " is refused; using the built-in content\n";
        errorStream().flush();
    }
    return ContentPack::loadBuiltIn();
}

/// Exits once the window's first frame has been painted (--quit-after-first-paint).
class FirstPaintWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

/// --handout: no window and no display; the offscreen platform gives QPdfWriter its fonts.
int writeHandout(const Options &options, char *programName)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int guiArgc = 1;
    char *guiArgv[] = { programName, nullptr };
    QGuiApplication application(guiArgc, guiArgv);
    installNetworkSandbox();
    const ContentLoader::Result content = loadContent(options.contentPack);
    const QString code = options.language.isEmpty() ? content.library.languageCodes().first() : options.language;
    const LanguageContent *language = content.library.language(code);
    if (!language)
        return refuse(QStringLiteral("no content in language '%1'; there is: %2")
                          .arg(code, content.library.languageCodes().join(u", ")));
    UiTranslator translator;
    translator.install(language->info);
    for (const QString &id : options.handoutIds) {
        if (!language->entry(id) && !language->organisation(id))
            return refuse(QStringLiteral("there is no entry or card '%1' (meldpunt-kiosk --list shows the ids)").arg(id));
    }
    const HandoutWriter::Result result = HandoutWriter::write(*language, options.handoutIds, options.outputFile);
    if (!result.ok) {
        errorStream() << "meldpunt-kiosk: " << result.error << '\n';
        errorStream().flush();
        return 1;
    }
    return 0;
}

/// --hash-pin: the PIN from standard input (one line) to the config line that holds its hash.
int hashPin(QTextStream &out)
{
    QTextStream in(stdin);
    QString pin = in.readLine();
    if (pin.endsWith(u'\r'))
        pin.chop(1);
    const QString why = PinHash::whyUnacceptable(pin);
    if (!why.isEmpty())
        return refuse(why);
    const QString hash = PinHash::hash(pin);
    pin.fill(u' ');
    if (hash.isEmpty()) {
        errorStream() << "meldpunt-kiosk: the PIN could not be hashed (libsodium)\n";
        return 1;
    }
    out << "admin-pin-hash = " << hash << '\n';
    return 0;
}

/// The administrator's settings: --config FILE, else the default file when it exists.
KioskConfig readConfig(const QString &path)
{
    QString file = path;
    if (file.isEmpty() && QFileInfo::exists(QString::fromLatin1(KioskConfig::defaultPath)))
        file = QString::fromLatin1(KioskConfig::defaultPath);
    if (file.isEmpty())
        return {};
    const KioskConfig::Result result = KioskConfig::load(file);
    for (const Diagnostic &diagnostic : result.diagnostics)
        errorStream() << diagnostic.toString() << '\n';
    errorStream().flush();
    return result.config;
}

/// The window, in workstation or kiosk mode.
int runWindow(const Options &options, char *programName)
{
    const QString remote = PluginGuard::checkConnections(QProcessEnvironment::systemEnvironment(), options.qtArguments);
    if (!remote.isEmpty())
        return refuse(remote);

    const KioskConfig config = readConfig(options.configFile);
    if (options.kiosk)
        KioskEnvironment::prepare();

    // Qt sees only the options it is allowed to (PluginGuard checked them).
    std::vector<QByteArray> qtArgumentBytes { QByteArray(programName) };
    for (const QString &argument : options.qtArguments)
        qtArgumentBytes.push_back(argument.toLocal8Bit());
    std::vector<char *> qtArgv;
    for (QByteArray &bytes : qtArgumentBytes)
        qtArgv.push_back(bytes.data());
    qtArgv.push_back(nullptr);
    int qtArgc = int(qtArgumentBytes.size());

    QApplication application(qtArgc, qtArgv.data());
    QApplication::setApplicationName(QStringLiteral("meldpunt-kiosk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Meldpunt Kinderporno"));
    QApplication::setApplicationVersion(QStringLiteral(MELDPUNT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.offlimits.MeldpuntKiosk"));
    QApplication::setStyle(QStringLiteral("Fusion"));

    // The platform plugin has connected to the display by now: from here on no socket but
    // AF_UNIX and AF_NETLINK, whatever loads later.
    installNetworkSandbox();

    const ContentLoader::Result content
        = loadContent(options.contentPack.isEmpty() ? config.contentPack : options.contentPack);
    MainWindow::Settings settings;
    settings.kiosk = options.kiosk;
    settings.language = !options.language.isEmpty() ? options.language
        : !config.language.isEmpty() && content.library.language(config.language)
        ? config.language
        : content.library.languageCodes().first();
    if (!content.library.language(settings.language))
        return refuse(QStringLiteral("no content in language '%1'; there is: %2")
                          .arg(settings.language, content.library.languageCodes().join(u", ")));
    Theme::parseTextSize(config.textSize, settings.theme.textSize);
    settings.theme.highContrast = config.highContrast;

    MainWindow window(content.library, settings);
    std::unique_ptr<KioskController> kiosk;
    if (options.kiosk) {
        KioskController::Settings kioskSettings;
        kioskSettings.idleTimeout = std::chrono::seconds(options.idleTimeoutSeconds.value_or(config.idleTimeoutSeconds));
        kioskSettings.touchKeyboard = config.touchKeyboard;
        kioskSettings.neutralText = config.neutralText;
        kioskSettings.adminChord = config.adminChord;
        kioskSettings.adminPinHash = config.adminPinHash;
        if (config.adminPinHash.isEmpty())
            errorStream() << "meldpunt-kiosk: no admin-pin-hash in the configuration; the kiosk cannot be "
                             "left with the admin chord\n";
        kiosk = std::make_unique<KioskController>(window, kioskSettings);
    }
    if (!options.openId.isEmpty() && !window.openId(options.openId))
        errorStream() << "meldpunt-kiosk: there is no entry or card '" << options.openId
                      << "'; starting on the home screen\n";
    errorStream().flush();

    FirstPaintWatcher watcher;
    if (options.quitAfterFirstPaint)
        window.installEventFilter(&watcher);

    if (options.kiosk)
        window.showFullScreen();
    else
        window.show();
    return application.exec();
}

} // namespace

int Program::run(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const CommandLine::Result parsed = CommandLine::parse(arguments);
    if (!parsed.error.isEmpty())
        return refuse(parsed.error);
    const Options &options = parsed.options;

    const QString unsafe = PluginGuard::check(QProcessEnvironment::systemEnvironment(), options.qtArguments);
    if (!unsafe.isEmpty())
        return refuse(unsafe);

    QTextStream out(stdout);
    switch (options.mode) {
    case Options::Mode::Help:
        out << CommandLine::helpText();
        return 0;
    case Options::Mode::Version:
        out << "meldpunt-kiosk " << MELDPUNT_VERSION << '\n';
        return 0;
    case Options::Mode::CheckContent: {
        QCoreApplication application(argc, argv);
        installNetworkSandbox();
        return CliCommands::checkContent(options.checkPath, out);
    }
    case Options::Mode::Search:
    case Options::Mode::List: {
        QCoreApplication application(argc, argv);
        installNetworkSandbox();
        const ContentLoader::Result content = loadContent(options.contentPack);
        const QString code = options.language.isEmpty() ? content.library.languageCodes().first()
                                                        : options.language;
        const LanguageContent *language = content.library.language(code);
        if (!language)
            return refuse(QStringLiteral("no content in language '%1'; there is: %2")
                              .arg(code, content.library.languageCodes().join(u", ")));
        return options.mode == Options::Mode::Search
            ? CliCommands::search(*language, options.query, options.limit, out)
            : CliCommands::list(*language, out);
    }
    case Options::Mode::Handout:
        return writeHandout(options, argv[0]);
    case Options::Mode::HashPin:
        return hashPin(out);
    case Options::Mode::Window:
        break;
    }
    return runWindow(options, argv[0]);
}

} // namespace meldpunt
