#pragma once

#include "CommandLine.h"
#include "ContentTypes.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace meldpunt {

/// The commands that need no window, all in one layer: they write to the given streams and
/// return the exit code.
class CliCommands
{
public:
    /// Runs the command of a mode without a window (Search, List, CheckContent, Handout,
    /// HashPin, Version, Help) with the application object it needs. The caller has
    /// installed the sandbox already (Startup::installSandbox).
    static int run(const Options &options, int argc, char *argv[]);

    /// JSON Lines: {"kind","id","title","score","text"} per hit, best first.
    static int search(const LanguageContent &content, const QString &query, int limit, QTextStream &out);

    /// JSON Lines: every entry, then every card, in content order.
    static int list(const LanguageContent &content, QTextStream &out);

    /// Checks a content folder or pack: exit 0 with a summary, or 1 with `file:line: message` lines.
    static int checkContent(const QString &path, QTextStream &out);

    /// The counsellor's handout of the given ids as a PDF; needs a QGuiApplication.
    static int handout(const LanguageContent &content, const QStringList &ids, const QString &outputFile);

    /// The PIN from `in` (one line) to the config line that holds its hash.
    static int hashPin(QTextStream &in, QTextStream &out);
};

} // namespace meldpunt
