#pragma once

#include "ContentTypes.h"

#include <QSet>
#include <QString>

namespace meldpunt {

/// One result of a search, or one entry of a topic, as the result list shows it.
struct SearchHit
{
    enum class Kind { Faq, Organisation };

    Kind kind = Kind::Faq;
    QString id;
    QString title;
    QString snippet;          ///< plain text around the first match, for the result list
    double score = 0;
    QSet<QString> matchedWords; ///< folded words of this document that the query matched
    bool fuzzyOnly = false;   ///< found only through a typo correction

    /// How long a snippet is at most, in characters.
    static constexpr qsizetype snippetLength = ExcerptLength::snippet;

    static QString kindName(Kind kind) { return kind == Kind::Faq ? QStringLiteral("faq") : QStringLiteral("organisation"); }
};

} // namespace meldpunt
