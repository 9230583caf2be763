#pragma once

#include "ContentTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace meldpunt {

/// The content owner's review sheet: every text of the content that is not the FAQ's own words
/// (the questions, the editor's notes, the cards' texts and contact facts, the source text left
/// out, the notes for the owner, and every translated text), each with its source and date,
/// grouped by language and kind so that Offlimits can approve or correct it line by line. It
/// also shows each language's `approved-by:` and `approved-on:`. HTML, so that any browser can
/// print it.
///
///     html(built-in content) => "<h1>Review sheet ...", a table per group, one row per text
///     write(library, "/tmp/r.html")   => ok, the file holds html(library)
///     write(library, "/dev/null")     => error "... is not a regular file"
class ReviewSheet
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSheet)

public:
    struct Item
    {
        QString group;  ///< "Questions written for this app", ...
        QString where;  ///< the entry or card id
        QString text;   ///< the text to approve
        QString source; ///< where it comes from
        QString date;   ///< when it was written or checked
        QString status; ///< "not shown in kiosk mode nor printed until verified", ...
    };

    /// Every text of one language to review, in the sheet's order. `source` is the source
    /// language when `content` is a translation of it, else null.
    static QList<Item> items(const LanguageContent &content, const LanguageContent *source);

    /// Sentences in a text, as QTextBoundaryFinder counts them: "Ja. Voorwaarde is wel ..." => 2.
    static int sentenceCount(const QString &text);

    static QString html(const ContentLibrary &library);

    /// One line per language: who approved its content and when, or that nobody has yet. The
    /// build prints them, and --check-content.
    ///
    ///     "nl: not approved by the content owner yet"
    ///     "nl: approved by Offlimits on 2026-12-10"
    static QString approvalLines(const ContentLibrary &library);

    struct Result
    {
        bool ok = false;
        QString error;
    };

    /// Writes atomically (QSaveFile). Refuses a path that exists and is not a regular file, or
    /// is a symbolic link: a device, a pipe or a folder is never written to.
    static Result write(const ContentLibrary &library, const QString &fileName);
};

} // namespace meldpunt
