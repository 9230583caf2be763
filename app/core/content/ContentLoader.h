#pragma once

#include "ContentTypes.h"
#include "Diagnostic.h"

#include <QDate>
#include <QString>

namespace meldpunt {

/// Reads a content folder (one subfolder per language, see resources/content/README.md)
/// from disk or from a resource path such as ":/content", and checks it whole:
/// syntax, required fields, references between files, and stale translations.
class ContentLoader
{
public:
    struct Result
    {
        ContentLibrary library;
        Diagnostics diagnostics;
        /// Facts whose check is more than a year old: "file:line: warning: due for a new check: ...".
        /// They stay shown; the content is fine to use.
        Diagnostics dueForCheck;

        bool ok() const { return diagnostics.isEmpty() && !library.isEmpty(); }
    };

    /// rootDir: the folder holding nl/, en/, ...; displayRoot: how diagnostics name it;
    /// today: the day that evidence is dated against (a test gives its own).
    static Result load(const QString &rootDir, const QString &displayRoot = {},
                       const QDate &today = QDate::currentDate());

    static constexpr qint64 maxFileSize = 4 * 1024 * 1024;
};

} // namespace meldpunt
