#include "Snippets.h"

#include "SearchIndex.h"
#include "SearchTuning.h"

namespace meldpunt::Snippets {

QString around(const SearchIndex &index, int document, const std::vector<int> &matchedWordIds)
{
    constexpr qsizetype width = SearchHit::snippetLength;
    const QString &body = index.document(document).body;
    // The first place in the body where a matched word stands.
    quint32 first = quint32(-1);
    for (int id : matchedWordIds) {
        for (const SearchIndex::Posting &posting : index.postings(id, document)) {
            if (posting.field() == SearchIndex::Body) {
                first = std::min(first, posting.position());
                break;
            }
        }
    }
    qsizetype from = 0;
    if (first != quint32(-1))
        from = std::max<qsizetype>(0, index.bodyStart(document, first) - SearchTuning::snippetLead);
    if (from > 0) {
        const qsizetype space = body.indexOf(u' ', from);
        from = space < 0 || space > from + SearchTuning::snippetSpaceSearch ? from : space + 1;
    }
    // Only what can show: the rest of a long body is not copied.
    const QString text = excerpt(body.mid(from, width + 1).replace(u'\n', u' '), width);
    return from > 0 ? u'…' + text : text;
}

QString start(QString text)
{
    return excerpt(text.replace(u'\n', u' '), SearchHit::snippetLength);
}

} // namespace meldpunt::Snippets
