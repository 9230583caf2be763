#include "Program.h"

#include "CliCommands.h"
#include "CommandLine.h"
#include "KioskConfig.h"
#include "KioskController.h"
#include "KioskEnvironment.h"
#include "MainWindow.h"
#include "PluginGuard.h"
#include "ScreenFill.h"
#include "SessionEnvironment.h"
#include "Startup.h"
#include "Version.h"

#include <QApplication>
#include <QTimer>

#include <memory>
#include <vector>

namespace meldpunt {

namespace {

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

/// The window, in workstation or kiosk mode.
int runWindow(const Options &options, char *programName)
{
    const KioskConfig config = Startup::readConfig(options.configFile);
    // No library starts a bus or creates a runtime directory; in kiosk mode no cache either.
    SessionEnvironment::prepare(options.kiosk ? SessionEnvironment::Mode::Kiosk : SessionEnvironment::Mode::Workstation);
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
    // Qt appends the display name to every window title on X11: in kiosk mode it would name
    // the topic on the neutral screen's title, so only the workstation window carries it.
    if (!options.kiosk)
        QApplication::setApplicationDisplayName(QStringLiteral("Meldpunt Kinderporno"));
    QApplication::setApplicationVersion(QString::fromLatin1(version));
    QApplication::setDesktopFileName(QStringLiteral("nl.offlimits.MeldpuntKiosk"));
    QApplication::setStyle(QStringLiteral("Fusion"));

    const ContentLoader::Result content
        = Startup::loadContent(options.contentPack.isEmpty() ? config.contentPack : options.contentPack,
                               Startup::trust(config, options.kiosk));
    MainWindow::Settings settings;
    settings.kiosk = options.kiosk;
    // The command line wins; the config's language only when the content has it.
    const QString wanted = !options.language.isEmpty() ? options.language
        : content.library.language(config.language) ? config.language
                                                     : QString();
    QString error;
    const LanguageContent *language = Startup::chooseLanguage(content.library, wanted, error);
    if (!language)
        return Startup::refuse(error);
    settings.language = language->info.code;
    Theme::parseTextSize(config.textSize, settings.theme.textSize);
    settings.theme.highContrast = config.highContrast;

    MainWindow window(content.library, settings);
    std::unique_ptr<KioskController> kiosk;
    if (options.kiosk) {
        KioskController::Settings kioskSettings;
        kioskSettings.idle.timeout = std::chrono::seconds(options.idleTimeoutSeconds.value_or(config.idleTimeoutSeconds));
        kioskSettings.touchKeyboard = config.touchKeyboard;
        kioskSettings.neutralText = config.neutralText;
        kioskSettings.adminChord = config.adminChord;
        kioskSettings.adminPinHash = config.adminPinHash;
        if (config.adminPinHash.isEmpty())
            Startup::errors() << "meldpunt-kiosk: no admin-pin-hash in the configuration; the kiosk cannot be "
                             "left with the admin chord\n";
        kiosk = std::make_unique<KioskController>(window, kioskSettings);
    }
    if (!options.openId.isEmpty() && !window.openId(options.openId))
        Startup::errors() << "meldpunt-kiosk: there is no entry or card '" << options.openId
                      << "'; starting on the home screen\n";
    Startup::errors().flush();

    FirstPaintWatcher watcher;
    if (options.quitAfterFirstPaint)
        window.installEventFilter(&watcher);

    if (options.kiosk) {
        new ScreenFill(window);
        window.showFullScreen();
    }
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
        return Startup::refuse(parsed.error);
    const Options &options = parsed.options;

    const bool window = options.mode == Options::Mode::Window;
    const QString unsafe = PluginGuard::check(PluginGuard::processEnvironment(), options.qtArguments,
                                              window ? PluginGuard::Use::Window : PluginGuard::Use::Command);
    if (!unsafe.isEmpty())
        return Startup::refuse(unsafe);

    // The sandbox before any Qt object that could open a display or a bus, in every mode:
    // whatever Qt or a library does later (libxcb's TCP fallback for a display without a
    // socket, D-Bus autolaunch), no network socket, no child process.
    if (!Startup::installSandbox(options.kiosk))
        return 1;

    if (!window)
        return CliCommands::run(options, argc, argv);
    return runWindow(options, argv[0]);
}

} // namespace meldpunt
