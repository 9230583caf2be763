#pragma once

#include "ContentTypes.h"

#include <QString>
#include <QTextStream>

namespace meldpunt {

/// The commands that need no window: they write to the given streams and return the exit code.
class CliCommands
{
public:
    /// JSON Lines: {"kind","id","title","score","text"} per hit, best first.
    static int search(const LanguageContent &content, const QString &query, int limit, QTextStream &out);

    /// JSON Lines: every entry, then every card, in content order.
    static int list(const LanguageContent &content, QTextStream &out);

    /// Checks a content folder or pack: exit 0 with a summary, or 1 with `file:line: message` lines.
    static int checkContent(const QString &path, QTextStream &out);
};

} // namespace meldpunt
