// Snippets on a small content made here: where a hit's text starts, how long it is, and
// the start of a topic's entry.

#include "SearchFixtures.h"
#include "SearchIndex.h"
#include "SearchTuning.h"
#include "Snippets.h"
#include "TestSupport.h"

using namespace meldpunt;

namespace {

// Filler words before the match: far more than snippetLead characters.
const QString filler = QStringLiteral("lange inleiding zonder het woord ").repeated(8);

LanguageContent fixture()
{
    return test::dutchContent({
        test::faqEntry(QStringLiteral("vroeg"), QStringLiteral("Anoniem melden"), { QStringLiteral("privacy") },
                       QStringLiteral("Ja. Als melder ben je anoniem.\nEr komen geen gegevens binnen.")),
        test::faqEntry(QStringLiteral("laat"), QStringLiteral("Een lange uitleg"), {},
                       filler + QStringLiteral("anoniem melden kan altijd, ook later nog. ") + filler),
        test::faqEntry(QStringLiteral("nergens"), QStringLiteral("Privacy"), { QStringLiteral("anoniem") },
                       QStringLiteral("Wij bewaren niets.")),
    });
}

const SearchIndex &index()
{
    static const LanguageContent content = fixture();
    static const SearchIndex instance(content);
    return instance;
}

int documentOf(const QString &id)
{
    for (int d = 0; d < index().documentCount(); ++d) {
        if (index().document(d).id == id)
            return d;
    }
    return -1;
}

std::vector<int> wordIds(const QStringList &words)
{
    std::vector<int> ids;
    for (int id = 0; id < index().wordCount(); ++id) {
        if (words.contains(index().word(id).text))
            ids.push_back(id);
    }
    return ids;
}

QString around(const QString &document, const QStringList &words)
{
    return Snippets::around(index(), documentOf(document), wordIds(words));
}

} // namespace

TEST_CASE("snippets: a match near the start shows the body from its start, on one line")
{
    CHECK(around(QStringLiteral("vroeg"), { QStringLiteral("anoniem") })
          == u"Ja. Als melder ben je anoniem. Er komen geen gegevens binnen.");
    // The title's match does not move the snippet; the body's first match does.
    CHECK(around(QStringLiteral("vroeg"), { QStringLiteral("privacy") }) == around(QStringLiteral("vroeg"), {}));
}

TEST_CASE("snippets: a match far into the body shows the words before it, marked, cut to the length")
{
    const QString snippet = around(QStringLiteral("laat"), { QStringLiteral("anoniem"), QStringLiteral("kan") });
    const QString &body = index().document(documentOf(QStringLiteral("laat"))).body;
    const qsizetype match = body.indexOf(QStringLiteral("anoniem"));
    REQUIRE(match > SearchTuning::snippetLead);
    CHECK(snippet.startsWith(u'…'));
    CHECK(snippet.endsWith(u'…'));
    // It starts at a whole word within snippetLead characters before the first match.
    const QString shown = snippet.mid(1).chopped(1);
    const qsizetype from = body.indexOf(shown);
    REQUIRE(from > 0);
    CHECK(body[from - 1] == u' ');
    CHECK(match - from <= SearchTuning::snippetLead);
    CHECK(match - from >= SearchTuning::snippetLead - SearchTuning::snippetSpaceSearch);
    CHECK(shown.size() <= SearchHit::snippetLength);
    CHECK(shown.contains(QStringLiteral("anoniem melden kan altijd")));
}

TEST_CASE("snippets: no match in the body shows the start of the body")
{
    CHECK(around(QStringLiteral("nergens"), { QStringLiteral("anoniem") }) == u"Wij bewaren niets.");
    const QString start = around(QStringLiteral("laat"), { QStringLiteral("uitleg") });
    CHECK(start.startsWith(QStringLiteral("lange inleiding")));
    CHECK(start.size() <= SearchHit::snippetLength + 1);
}

TEST_CASE("snippets: the start of a text, for a topic's entries")
{
    CHECK(Snippets::start(QStringLiteral("Eerste alinea.\nTweede.")) == u"Eerste alinea. Tweede.");
    const QString cut = Snippets::start(filler);
    CHECK(cut.endsWith(u'…'));
    CHECK(cut.size() <= SearchHit::snippetLength + 1);
    CHECK(filler.startsWith(cut.chopped(1)));
}
