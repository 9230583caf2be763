#include "Highlight.h"
#include "TestSupport.h"

using namespace meldpunt;

namespace {

QString marked(const QString &text, const QSet<QString> &foldedWords)
{
    return highlightHtml(text, foldedWords, QStringLiteral("<b>"), QStringLiteral("</b>"));
}

} // namespace

TEST_CASE("highlight: the matched words marked, the rest escaped")
{
    CHECK(marked(QStringLiteral("Ja. Als melder ben je <b>"), { QStringLiteral("melder") })
          == u"Ja. Als <b>melder</b> ben je &lt;b&gt;");
    CHECK(marked(QStringLiteral("melder en melder"), { QStringLiteral("melder") })
          == u"<b>melder</b> en <b>melder</b>");
}

TEST_CASE("highlight: a word is matched by its folded form and shown as written")
{
    CHECK(marked(QStringLiteral("Financiële HULP & video’s"), { QStringLiteral("financiele"), QStringLiteral("videos") })
          == u"<b>Financiële</b> HULP &amp; <b>video’s</b>");
}

TEST_CASE("highlight: only whole words, and no words at all leaves the text escaped")
{
    CHECK(marked(QStringLiteral("meldpunt melder"), { QStringLiteral("meld") }) == u"meldpunt melder");
    CHECK(marked(QStringLiteral("a < b & \"c\""), {}) == u"a &lt; b &amp; &quot;c&quot;");
    CHECK(marked(QString(), { QStringLiteral("melder") }).isEmpty());
}

TEST_CASE("highlight: the tags are the caller's")
{
    CHECK(highlightHtml(QStringLiteral("anoniem melden"), { QStringLiteral("anoniem") },
                        QStringLiteral("<span class=\"hit\">"), QStringLiteral("</span>"))
          == u"<span class=\"hit\">anoniem</span> melden");
}
