#pragma once

// Small contents made in a test, for the search's stages: an edit of the shipped content
// cannot break a stage's test.

#include "ContentTypes.h"

#include <QString>
#include <QStringList>

namespace meldpunt::test {

inline FaqEntry faqEntry(const QString &id, const QString &question, const QStringList &terms = {},
                         const QString &answer = {})
{
    FaqEntry result;
    result.id = id;
    result.topicId = QStringLiteral("topic");
    result.question = question;
    result.terms = terms;
    if (!answer.isEmpty())
        result.answer.append({ false, answer });
    return result;
}

/// A Dutch content of these entries, with a few stopwords of language.txt.
inline LanguageContent dutchContent(const QList<FaqEntry> &faq)
{
    LanguageContent content;
    content.info.code = QStringLiteral("nl");
    content.info.name = QStringLiteral("Nederlands");
    content.info.stopwords = QStringLiteral("de het een en van in op om kan ik als is wat hoe je dit die er zijn bij me wie")
                                 .split(u' ');
    content.faq = faq;
    return content;
}

} // namespace meldpunt::test
