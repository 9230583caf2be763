// Any bytes as a search query, in both languages, and as text to highlight.
#include "ContentPack.h"
#include "Highlight.h"
#include "SearchEngine.h"

#include <QCoreApplication>

#include <cstdint>
#include <string>
#include <vector>

std::vector<std::string> fuzzSeeds()
{
    return { "anoniem", "kan ik anoniem melden", "vrijwilligerswerk", "anoniiem", "0800-7000", "🙂",
             "مرحبا", "ŉ ĳ ǆ ﬀ", std::string(2000, 'a'), "a b c d e f g h i j k l m n o p", "\x01\x1b[31m", "" };
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication application(argc, argv);
    static const meldpunt::ContentLoader::Result content = meldpunt::ContentPack::loadBuiltIn();
    static meldpunt::SearchEngine dutch(*content.library.language(QStringLiteral("nl")));
    static meldpunt::SearchEngine english(*content.library.language(QStringLiteral("en")));

    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (meldpunt::SearchEngine *engine : { &dutch, &english }) {
        const auto hits = engine->search(query, 10);
        if (hits.size() > 10)
            __builtin_trap();
        for (const meldpunt::SearchHit &hit : hits)
            meldpunt::highlightHtml(hit.snippet, hit.matchedWords, QStringLiteral("<b>"), QStringLiteral("</b>"));
    }
    meldpunt::highlightHtml(query, { QStringLiteral("a") }, QStringLiteral("<b>"), QStringLiteral("</b>"));
    return 0;
}
