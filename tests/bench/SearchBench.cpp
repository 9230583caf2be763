// meldpunt-bench: how fast the search is, printed as a table. Not a test: it asserts nothing
// (times depend on the machine). Run it from a Release build: `make bench` or
// `cmake --build build-release --target bench`.
//
// For each content set it builds the index (median of several builds) and then runs every
// query of tests/data/search-queries*.tsv, and every prefix of them as a visitor types
// them, each as the window does on a keystroke: search(query, 50) and a model reset.

#include "ContentPack.h"
#include "SearchEngine.h"
#include "SearchResultModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace meldpunt;

namespace {

struct Figures
{
    QString name;
    int documents = 0;
    int vocabulary = 0;
    double buildMs = 0;
    double queryMedian = 0;
    double queryP99 = 0;
    double keyMedian = 0;
    double keyP99 = 0;
    int keystrokes = 0;
    QList<std::pair<double, QString>> slowest;
};

bool slowestFirst = false; ///< --slowest: also list the slowest queries of each content set

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

QStringList readQueries(const QString &language)
{
    QStringList queries;
    for (const char *name : { "search-queries.tsv", "search-queries-extra.tsv" }) {
        QFile file(QStringLiteral(MELDPUNT_TEST_DATA) + u'/' + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QStringList columns = line.split(u'\t');
            if (columns.size() == 3 && !line.startsWith(u'#') && columns[0] == language)
                queries << columns[1];
        }
    }
    return queries;
}

/// Every query, and what the search field holds after each keystroke while typing it.
QStringList keystrokes(const QStringList &queries)
{
    QStringList typed;
    for (const QString &query : queries) {
        // Past 300 characters nobody types on: the search reads the first 200 anyway.
        for (qsizetype i = 1; i <= std::min<qsizetype>(query.size(), 300); ++i)
            typed << query.left(i);
        if (query.size() > 300)
            typed << query;
    }
    return typed;
}

/// New entries from the real text: real questions and terms, answers of two to five real
/// sentences drawn at random. The vocabulary stays that of the content.
LanguageContent synthetic(const LanguageContent &real, int entries)
{
    std::mt19937 random(20261130);
    QStringList sentences;
    QStringList questions;
    QStringList terms;
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
    for (const FaqEntry &entry : real.faq) {
        questions << entry.question;
        terms << entry.terms;
        for (const TextBlock &block : entry.answer)
            sentences << block.text.split(sentenceEnd, Qt::SkipEmptyParts);
    }
    auto pick = [&random](const QStringList &list) {
        return list.at(qsizetype(random() % quint32(list.size())));
    };

    LanguageContent content;
    content.info = real.info;
    content.synonyms = real.synonyms;
    content.organisations = real.organisations;
    content.faq.reserve(entries);
    for (int i = 0; i < entries; ++i) {
        FaqEntry entry;
        entry.id = QStringLiteral("synthetic-%1").arg(i);
        entry.topicId = real.faq.first().topicId;
        // Two real questions' halves, cut between words, make a new question.
        const QString first = pick(questions);
        const QString second = pick(questions);
        const qsizetype cutFirst = std::max<qsizetype>(0, first.indexOf(u' ', first.size() / 2));
        const qsizetype cutSecond = std::max<qsizetype>(0, second.indexOf(u' ', second.size() / 2));
        entry.question = first.left(cutFirst) + second.mid(cutSecond);
        for (int t = 0, n = 3 + int(random() % 5); t < n; ++t)
            entry.terms << pick(terms);
        const int paragraphs = 1 + int(random() % 2);
        for (int p = 0; p < paragraphs; ++p) {
            QStringList text;
            for (int s = 0, n = 1 + int(random() % 3); s < n; ++s)
                text << pick(sentences);
            entry.answer.append({ false, text.join(u' ') });
        }
        content.faq.append(entry);
    }
    return content;
}

Figures measure(const QString &name, const LanguageContent &content, const QStringList &queries,
                int builds)
{
    Figures figures;
    figures.name = name;

    std::vector<double> buildTimes;
    std::unique_ptr<SearchEngine> engine;
    for (int i = 0; i < builds; ++i) {
        QElapsedTimer timer;
        timer.start();
        engine = std::make_unique<SearchEngine>(content);
        buildTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    figures.buildMs = percentile(buildTimes, 0.5);
    figures.documents = engine->documentCount();
    figures.vocabulary = engine->vocabularySize();

    SearchResultModel model;
    auto run = [&](const QStringList &list, int rounds) {
        std::vector<double> times;
        for (int round = 0; round < rounds; ++round) {
            for (const QString &query : list) {
                QElapsedTimer timer;
                timer.start();
                model.setHits(engine->search(query, 50));
                times.push_back(double(timer.nsecsElapsed()) / 1e6);
                if (slowestFirst && round == 0)
                    figures.slowest.append({ times.back(), query });
            }
        }
        return times;
    };
    const bool large = content.faq.size() > 5000;
    run(queries, 1); // warm up
    const std::vector<double> queryTimes = run(queries, large ? 1 : 5);
    figures.queryMedian = percentile(queryTimes, 0.5);
    figures.queryP99 = percentile(queryTimes, 0.99);
    const QStringList typed = keystrokes(queries);
    const std::vector<double> keyTimes = run(typed, large ? 1 : 3);
    figures.keyMedian = percentile(keyTimes, 0.5);
    figures.keyP99 = percentile(keyTimes, 0.99);
    figures.keystrokes = int(typed.size());
    return figures;
}

void printFigures(Figures f)
{
    if (slowestFirst) {
        std::sort(f.slowest.begin(), f.slowest.end(), std::greater<>());
        for (qsizetype i = 0; i < std::min<qsizetype>(5, f.slowest.size()); ++i)
            std::printf("    slowest: %8.3f ms  '%s'\n", f.slowest[i].first,
                        qPrintable(f.slowest[i].second));
    }
    std::printf("| %-22s | %7d | %6d | %9.2f | %8.3f | %8.3f | %8.3f | %8.3f |\n",
                qPrintable(f.name), f.documents, f.vocabulary, f.buildMs, f.queryMedian, f.queryP99,
                f.keyMedian, f.keyP99);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    slowestFirst = QCoreApplication::arguments().contains(QStringLiteral("--slowest"));
    const ContentLoader::Result loaded = ContentPack::loadBuiltIn();
    if (!loaded.ok()) {
        std::fprintf(stderr, "the built-in content does not load\n");
        return 1;
    }
    // --query TEXT: the time of that one query on the shipped Dutch content, to look into one case.
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype queryArgument = arguments.indexOf(QStringLiteral("--query"));
    if (queryArgument > 0 && queryArgument + 1 < arguments.size()) {
        const SearchEngine engine(*loaded.library.language(QStringLiteral("nl")));
        std::vector<double> times;
        qsizetype hits = 0;
        for (int i = 0; i < 100; ++i) {
            QElapsedTimer timer;
            timer.start();
            hits = engine.search(arguments[queryArgument + 1], 50).size();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("%lld hits, median %.3f ms, max %.3f ms\n", qlonglong(hits),
                    percentile(times, 0.5), percentile(times, 1.0));
        for (const SearchHit &hit : engine.search(arguments[queryArgument + 1], 5)) {
            const QStringList words(hit.matchedWords.begin(), hit.matchedWords.end());
            std::printf("  %-28s %8.3f%s  %s\n", qPrintable(hit.id), hit.score,
                        hit.fuzzyOnly ? " (typo)" : "", qPrintable(words.join(u' ')));
        }
        return 0;
    }
    std::printf(
        "Search benchmark: times in ms; a query = search(query, 50) + model reset, as on a\n"
        "keystroke; 'keystroke' = every prefix of every query as it is typed.\n\n");
    std::printf("| %-22s | %7s | %6s | %9s | %8s | %8s | %8s | %8s |\n", "content", "entries",
                "words", "build", "q median", "q p99", "key med", "key p99");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|%s|\n", "------------------------", "---------", "--------",
                "-----------", "----------", "----------", "----------", "----------");
    for (const QString &language : { QStringLiteral("nl"), QStringLiteral("en") }) {
        const LanguageContent *content = loaded.library.language(language);
        if (!content)
            continue;
        const QStringList queries = readQueries(language);
        printFigures(measure(QStringLiteral("shipped (%1)").arg(language), *content, queries, 20));
    }
    const LanguageContent &dutch = *loaded.library.language(QStringLiteral("nl"));
    // The worst a visitor can type: long unknown words (compound splitting and typo search
    // at their longest), many words, scripts and symbols the content does not have.
    const QStringList bad {
        QString(10000, u'a'),
        QStringLiteral("kinderpornomateriaalslachtofferhulpverlening"),
        QStringLiteral("qwertyuiopasdfghjklzxcvbnmqwertyuiopasdf"),
        QStringLiteral("verkrachtingsslachtofferhulpverleningsorganisatie ").repeated(12),
        QStringLiteral("anoniem ").repeated(1250),
        QStringLiteral("🙂").repeated(500),
        QStringLiteral("مرحبا كيف حالك ").repeated(20),
        QStringLiteral("?!.,;").repeated(400),
        QStringLiteral("a b c d e f g h i j k l m n o p"),
        QStringLiteral("ge me be ve")
    };
    printFigures(measure(QStringLiteral("shipped (nl), bad"), dutch, bad, 1));
    const QStringList queries = readQueries(QStringLiteral("nl"));
    for (int entries : { 1000, 10000, 100000 }) {
        const LanguageContent content = synthetic(dutch, entries);
        printFigures(measure(QStringLiteral("synthetic %1 (nl)").arg(entries), content, queries,
                             entries >= 100000 ? 1 : 3));
    }
    return 0;
}
