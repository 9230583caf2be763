#include "CommandLine.h"

#include "KioskConfig.h"
#include "LanguageCode.h"


namespace meldpunt {

namespace {

// Qt's own options that take a value and that the program passes on.
const QStringList qtOptionsWithValue { QStringLiteral("platform"), QStringLiteral("platformtheme"),
                                       QStringLiteral("style"), QStringLiteral("display"),
                                       QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"),
                                       QStringLiteral("plugin"), QStringLiteral("platformpluginpath"),
                                       QStringLiteral("stylesheet"), QStringLiteral("qmljsdebugger") };
const QStringList qtFlags { QStringLiteral("reverse"), QStringLiteral("nograb"), QStringLiteral("dograb"),
                            QStringLiteral("sync") };

} // namespace

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Result result;
    Options &options = result.options;
    bool haveMode = false;
    auto setMode = [&](Options::Mode mode, const QString &name) {
        if (haveMode && options.mode != mode) {
            result.error = QStringLiteral("%1 cannot be combined with another command").arg(name);
            return false;
        }
        options.mode = mode;
        haveMode = true;
        return true;
    };

    for (qsizetype i = 0; i < arguments.size() && result.error.isEmpty(); ++i) {
        QString argument = arguments[i];
        QString inlineValue;
        bool hasInlineValue = false;
        if (argument.startsWith(u"--") && argument.contains(u'=')) {
            const qsizetype equals = argument.indexOf(u'=');
            inlineValue = argument.mid(equals + 1);
            argument = argument.left(equals);
            hasInlineValue = true;
        }
        auto value = [&](QString &target) {
            if (hasInlineValue) {
                target = inlineValue;
                return true;
            }
            if (i + 1 >= arguments.size()) {
                result.error = QStringLiteral("%1 needs a value").arg(argument);
                return false;
            }
            target = arguments[++i];
            return true;
        };

        if (argument == u"--help" || argument == u"-h") {
            setMode(Options::Mode::Help, argument);
        } else if (argument == u"--version" || argument == u"-v") {
            setMode(Options::Mode::Version, argument);
        } else if (argument == u"--kiosk") {
            options.kiosk = true;
        } else if (argument == u"--quit-after-first-paint") {
            options.quitAfterFirstPaint = true;
        } else if (argument == u"--lang") {
            if (value(options.language) && !LanguageCode::isValid(options.language))
                result.error = QStringLiteral("--lang needs a language code such as nl or en");
        } else if (argument == u"--idle-timeout") {
            QString text;
            if (value(text)) {
                bool ok = false;
                const int seconds = text.toInt(&ok);
                if (!ok || seconds < KioskConfig::minIdleTimeout || seconds > KioskConfig::maxIdleTimeout)
                    result.error = QStringLiteral("--idle-timeout needs a whole number of seconds from "
                                                  "%1 to %2")
                                       .arg(KioskConfig::minIdleTimeout)
                                       .arg(KioskConfig::maxIdleTimeout);
                else
                    options.idleTimeoutSeconds = seconds;
            }
        } else if (argument == u"--config") {
            value(options.configFile);
        } else if (argument == u"--content") {
            value(options.contentPack);
        } else if (argument == u"--search") {
            if (setMode(Options::Mode::Search, argument))
                value(options.query);
        } else if (argument == u"--limit") {
            QString text;
            if (value(text)) {
                bool ok = false;
                options.limit = text.toInt(&ok);
                if (!ok || options.limit < 1 || options.limit > 1000)
                    result.error = QStringLiteral("--limit needs a whole number from 1 to 1000");
            }
        } else if (argument == u"--list") {
            setMode(Options::Mode::List, argument);
        } else if (argument == u"--check-content") {
            if (setMode(Options::Mode::CheckContent, argument))
                value(options.checkPath);
        } else if (argument == u"--open") {
            value(options.openId);
        } else if (argument == u"--handout") {
            QString ids;
            if (setMode(Options::Mode::Handout, argument) && value(ids)) {
                for (const QString &id : ids.split(u',', Qt::SkipEmptyParts))
                    options.handoutIds << id.trimmed();
                if (options.handoutIds.isEmpty())
                    result.error = QStringLiteral("--handout needs one or more ids, separated by commas");
            }
        } else if (argument == u"--review-sheet") {
            setMode(Options::Mode::ReviewSheet, argument);
        } else if (argument == u"--output") {
            value(options.outputFile);
        } else if (argument == u"--hash-pin") {
            setMode(Options::Mode::HashPin, argument);
        } else if (argument == u"--make-signing-key") {
            if (setMode(Options::Mode::MakeSigningKey, argument))
                value(options.newKeyFile);
        } else if (argument == u"--sign-pack") {
            if (setMode(Options::Mode::SignPack, argument))
                value(options.packToSign);
        } else if (argument == u"--key") {
            value(options.keyFile);
        } else if (argument.startsWith(u'-') && argument.size() > 1) {
            // Qt's own options come with one or two dashes.
            const QString name = argument.mid(argument.startsWith(u"--") ? 2 : 1);
            if (qtOptionsWithValue.contains(name)) {
                options.qtArguments << u'-' + name;
                QString optionValue;
                if (value(optionValue))
                    options.qtArguments << optionValue;
            } else if (qtFlags.contains(name)) {
                options.qtArguments << u'-' + name;
            } else {
                result.error = QStringLiteral("unknown option %1").arg(arguments[i]);
            }
        } else {
            result.error = QStringLiteral("unexpected argument '%1'").arg(argument);
        }
    }

    if (!result.error.isEmpty())
        return result;
    if (options.kiosk && options.mode != Options::Mode::Window)
        result.error = QStringLiteral("--kiosk opens the window; it does not go with a command that has none");
    else if (options.mode == Options::Mode::Handout && options.outputFile.isEmpty())
        result.error = QStringLiteral("--handout needs --output FILE.pdf");
    else if (options.mode == Options::Mode::ReviewSheet && options.outputFile.isEmpty())
        result.error = QStringLiteral("--review-sheet needs --output FILE.html");
    else if (!options.outputFile.isEmpty() && options.mode != Options::Mode::Handout
             && options.mode != Options::Mode::ReviewSheet)
        result.error = QStringLiteral("--output goes with --handout or --review-sheet");
    else if (options.mode == Options::Mode::SignPack && options.keyFile.isEmpty())
        result.error = QStringLiteral("--sign-pack needs --key SECRETFILE (made by --make-signing-key)");
    else if (!options.keyFile.isEmpty() && options.mode != Options::Mode::SignPack)
        result.error = QStringLiteral("--key goes with --sign-pack");
    else if (options.mode == Options::Mode::Search && options.query.size() > 10000)
        result.error = QStringLiteral("--search takes at most 10,000 characters");
    return result;
}

QString CommandLine::helpText()
{
    return QStringLiteral(
        "Usage: meldpunt-kiosk [options]\n"
        "Questions and answers of Meldpunt Kinderporno and the organisations that help.\n"
        "It works offline: it never connects to a network.\n"
        "\n"
        "Window:\n"
        "  (no options)               a normal window (workstation mode)\n"
        "  --kiosk                    full screen, locked down, idle reset, no trace\n"
        "  --lang nl|en               language at start (default: config, else Dutch)\n"
        "  --idle-timeout SECONDS     idle reset in kiosk mode (default 90)\n"
        "  --config FILE              administrator's settings (INI); default\n"
        "                             /etc/meldpunt-kiosk/kiosk.conf when it exists\n"
        "  --content FILE.rcc         an external content pack instead of the built-in content;\n"
        "                             in kiosk mode only one signed by a trusted key (FILE.rcc.sig)\n"
        "  --open ID                  start on one entry or card\n"
        "  --quit-after-first-paint   exit right after the first frame (benchmarks)\n"
        "\n"
        "Without a window (no display needed):\n"
        "  --search QUERY [--limit N] ranked hits as JSON Lines on stdout (default limit 10)\n"
        "  --list                     every entry and card as JSON Lines\n"
        "  --check-content PATH       validate a content pack (.rcc) or folder: exit 0,\n"
        "                             or 1 with 'file:line: message' lines; a pack's\n"
        "                             signature is reported (trusted keys from --config)\n"
        "  --handout ID[,ID...] --output FILE.pdf\n"
        "                             write a handout of those entries and cards\n"
        "  --review-sheet --output FILE.html\n"
        "                             write the content owner's review sheet: every sentence\n"
        "                             not taken word for word from the FAQ, with its source\n"
        "                             and date, and the content's approval\n"
        "  --hash-pin                 ask for an administrator PIN (twice, hidden; or one line\n"
        "                             on stdin), print its config line\n"
        "  --make-signing-key FILE    write a new secret key for signing content packs to FILE\n"
        "                             (mode 0600, a new file) and print its 'trusted-key =' line\n"
        "  --sign-pack PACK --key FILE\n"
        "                             sign a content pack: writes PACK.sig beside it\n"
        "  --version, --help\n"
        "\n"
        "Exit codes: 0 done, 1 content or output failed, 2 bad arguments or environment.\n");
}

} // namespace meldpunt
