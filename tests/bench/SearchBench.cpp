// meldpunt-bench: how fast the search is, side by side with Xapian in the same run, printed
// as a table. Not a test: it asserts nothing (times depend on the machine). Run it from a
// Release build: `make bench` or `cmake --build build-release --target bench`.
//
// For each corpus it builds the index (median of several builds; its memory is the heap it
// keeps) and then runs every query of tests/data/search-queries*.tsv, and every prefix of them
// as a visitor types them, each as the window does on a keystroke: search(query, 50) and a
// model reset. Xapian (when built with it) indexes the same corpus (Dutch or English stemmer,
// the content's stopwords, question x3 and terms x2 as wdf, positions, the text as document
// data), searches with BM25 and FLAG_PARTIAL (the word being typed is a prefix) and reads
// the 50 hits' data. Xapian is given no synonyms, typo correction or compound splitting: it
// does less work per query than the app.

#include "ContentPack.h"
#include "SearchEngine.h"
#include "SearchResultModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <optional>
#include <random>
#include <vector>

#ifdef MELDPUNT_BENCH_XAPIAN
#include <xapian.h>
#endif

using namespace meldpunt;

namespace {

constexpr const char *dutchWordList = "/usr/share/dict/dutch"; // Debian's wdutch
constexpr quint32 seed = 20261202;

const char *helpText =
    "Usage: meldpunt-bench [options]\n"
    "\n"
    "How fast the search is on the shipped content and on generated corpora with a real Dutch\n"
    "vocabulary (1k, 10k, 100k entries: half the words of each entry drawn from Debian's\n"
    "wdutch list with a Zipf law, half from the real text; fixed seed), side by side with\n"
    "Xapian when the bench was built with it (libxapian-dev). Times in ms: median and p99.\n"
    "\n"
    "Options:\n"
    "  --corpus FILE   also measure an external corpus: one entry a line,\n"
    "                  'question<TAB>answer' or 'question<TAB>terms<TAB>answer' (terms\n"
    "                  separated by commas); lines starting with # are skipped\n"
    "  --quick         leave out the 100k corpus\n"
    "  --slowest       also list the slowest queries of each corpus\n"
    "  --wall          wall-clock times; by default the searching thread's CPU time, which\n"
    "                  other processes on a shared machine do not inflate\n"
    "  --query TEXT    time one query on the shipped Dutch content and show its hits\n"
    "  --generated N   with --query: on the shipped content plus N generated entries\n"
    "  --help          this text\n";

struct Figures
{
    double buildMs = 0;
    double memoryMb = 0;
    double queryMedian = 0;
    double queryP99 = 0;
    double keyMedian = 0;
    double keyP99 = 0;
};

struct Row
{
    QString name;
    int documents = 0;
    int vocabulary = 0;
    int keystrokes = 0;
    Figures app;
    std::optional<Figures> xapian;
};

bool listSlowest = false;
bool wallClock = false; ///< --wall: wall-clock times instead of the thread's CPU time

/// Now, in ms: the CPU time this thread has used (what the search costs, whatever else runs
/// on the machine), or with --wall the wall clock.
double nowMs()
{
    timespec time {};
    clock_gettime(wallClock ? CLOCK_MONOTONIC : CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

/// The heap in use: what an index keeps is the difference before and after it is built.
double heapMb()
{
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

QStringList readQueries(const QString &language)
{
    QStringList queries;
    for (const char *name : { "search-queries.tsv", "search-queries-extra.tsv", "search-queries-new.tsv" }) {
        QFile file(QStringLiteral(MELDPUNT_TEST_DATA) + u'/' + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QStringList columns = line.split(u'\t');
            if (columns.size() >= 3 && !line.startsWith(u'#') && columns[0] == language)
                queries << columns[1];
        }
    }
    return queries;
}

/// What the search field holds after each keystroke while typing each query.
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

/// Debian's Dutch word list in a fixed random order: the order is the Zipf rank.
QStringList dutchWords()
{
    QFile file(QString::fromLatin1(dutchWordList));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList words;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.isEmpty() && !line.contains(u' '))
            words << line;
    }
    std::mt19937 random(seed);
    std::shuffle(words.begin(), words.end(), random);
    return words;
}

/// The real content, and after it `entries` new entries whose words are half real (the
/// content's questions, terms and sentences, in order) and half Dutch words drawn with a
/// Zipf law (exponent 1) from the word list.
LanguageContent generated(const LanguageContent &real, const QStringList &vocabulary, int entries)
{
    std::mt19937 random(seed);
    std::vector<double> cumulative(size_t(vocabulary.size()));
    double total = 0;
    for (size_t rank = 0; rank < cumulative.size(); ++rank)
        cumulative[rank] = total += 1.0 / double(rank + 1);
    std::uniform_real_distribution<double> uniform(0.0, total);
    auto zipfWord = [&]() {
        const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), uniform(random));
        return vocabulary.at(qsizetype(std::min<size_t>(size_t(it - cumulative.begin()), cumulative.size() - 1)));
    };
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
    auto pick = [&random](const QStringList &list) { return list.at(qsizetype(random() % quint32(list.size()))); };
    // Every other word of a real text replaced by a drawn one.
    auto mix = [&](const QString &text) {
        QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        for (QString &word : words) {
            if (random() % 2 == 0)
                word = zipfWord();
        }
        return words.join(u' ');
    };

    LanguageContent content = real;
    content.faq.reserve(real.faq.size() + entries);
    for (int i = 0; i < entries; ++i) {
        FaqEntry entry;
        entry.id = QStringLiteral("generated-%1").arg(i);
        entry.topicId = real.faq.first().topicId;
        entry.question = mix(pick(questions));
        for (int t = 0, n = 2 + int(random() % 4); t < n; ++t)
            entry.terms << pick(terms);
        entry.terms << zipfWord();
        for (int p = 0, paragraphs = 1 + int(random() % 2); p < paragraphs; ++p) {
            QStringList text;
            for (int s = 0, n = 1 + int(random() % 4); s < n; ++s)
                text << mix(pick(sentences));
            entry.answer.append({ false, text.join(u' ') });
        }
        content.faq.append(entry);
    }
    return content;
}

/// An external corpus: see --help.
std::optional<LanguageContent> readCorpus(const QString &path, const LanguageContent &language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    LanguageContent content;
    content.info = language.info;
    content.synonyms = language.synonyms;
    int line = 0;
    for (const QString &text : QString::fromUtf8(file.readAll()).split(u'\n')) {
        ++line;
        if (text.trimmed().isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList columns = text.split(u'\t');
        FaqEntry entry;
        entry.id = QStringLiteral("line-%1").arg(line);
        entry.question = columns.first();
        if (columns.size() >= 3)
            entry.terms = columns[1].split(u',', Qt::SkipEmptyParts);
        entry.answer.append({ false, columns.size() >= 2 ? columns.last() : QString() });
        content.faq.append(entry);
    }
    return content;
}

/// Runs each query `rounds` times, as `search` does it; the times in ms.
template<typename Search>
std::vector<double> timeQueries(const QStringList &queries, int rounds, Search search,
                                QList<std::pair<double, QString>> *slowest = nullptr)
{
    std::vector<double> times;
    times.reserve(size_t(queries.size() * rounds));
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : queries) {
            const double start = nowMs();
            search(query);
            times.push_back(nowMs() - start);
            if (slowest && round == 0)
                slowest->append({ times.back(), query });
        }
    }
    return times;
}

template<typename Search>
void timeSearches(Figures &figures, const QStringList &queries, const QStringList &typed, bool large, Search search,
                  QList<std::pair<double, QString>> *slowest = nullptr)
{
    timeQueries(queries, 1, search); // warm up
    const std::vector<double> queryTimes = timeQueries(queries, large ? 1 : 5, search, slowest);
    figures.queryMedian = percentile(queryTimes, 0.5);
    figures.queryP99 = percentile(queryTimes, 0.99);
    const std::vector<double> keyTimes = timeQueries(typed, large ? 1 : 3, search);
    figures.keyMedian = percentile(keyTimes, 0.5);
    figures.keyP99 = percentile(keyTimes, 0.99);
}

Figures measureApp(Row &row, const LanguageContent &content, const QStringList &queries, const QStringList &typed,
                   int builds)
{
    Figures figures;
    std::vector<double> buildTimes;
    std::unique_ptr<SearchEngine> engine;
    for (int i = 0; i < builds; ++i) {
        engine.reset();
        malloc_trim(0);
        const double before = heapMb();
        const double start = nowMs();
        engine = std::make_unique<SearchEngine>(content);
        buildTimes.push_back(nowMs() - start);
        engine->search(QStringLiteral("melden"), 50); // its scratch space counts too
        figures.memoryMb = heapMb() - before;
    }
    figures.buildMs = percentile(buildTimes, 0.5);
    row.documents = engine->documentCount();
    row.vocabulary = engine->vocabularySize();

    SearchResultModel model;
    QList<std::pair<double, QString>> slowest;
    timeSearches(figures, queries, typed, content.faq.size() > 5000,
                 [&](const QString &query) { model.setHits(engine->search(query, 50)); },
                 listSlowest ? &slowest : nullptr);
    if (listSlowest) {
        std::sort(slowest.begin(), slowest.end(), std::greater<>());
        for (qsizetype i = 0; i < std::min<qsizetype>(5, slowest.size()); ++i)
            std::printf("    slowest: %8.3f ms  '%s'\n", slowest[i].first, qPrintable(slowest[i].second.left(60)));
    }
    return figures;
}

#ifdef MELDPUNT_BENCH_XAPIAN
Figures measureXapian(const LanguageContent &content, const QStringList &queries, const QStringList &typed, int builds)
{
    Figures figures;
    const std::string language = content.info.code == u"nl" ? "dutch" : "english";
    Xapian::SimpleStopper stopper;
    for (const QString &word : content.info.stopwords)
        stopper.add(word.toStdString());
    std::vector<double> buildTimes;
    std::optional<Xapian::WritableDatabase> database;
    for (int i = 0; i < builds; ++i) {
        database.reset();
        malloc_trim(0);
        const double before = heapMb();
        const double start = nowMs();
        database = Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
        Xapian::TermGenerator generator;
        generator.set_stemmer(Xapian::Stem(language));
        generator.set_stopper(&stopper);
        auto add = [&](const QString &id, const QString &title, const QStringList &terms, const QString &body) {
            Xapian::Document document;
            generator.set_document(document);
            generator.index_text(title.toStdString(), 3);
            generator.increase_termpos();
            for (const QString &term : terms) {
                generator.index_text(term.toStdString(), 2);
                generator.increase_termpos();
            }
            generator.index_text(body.toStdString());
            document.set_data(QString(id + u'\n' + title + u'\n' + body).toStdString());
            database->add_document(document);
        };
        for (const FaqEntry &entry : content.faq)
            add(entry.id, entry.question, entry.terms, plainText(entry.answer));
        for (const Organisation &organisation : content.organisations)
            add(organisation.id, organisation.name, organisation.terms, organisation.plainText());
        database->commit();
        buildTimes.push_back(nowMs() - start);
        figures.memoryMb = heapMb() - before;
    }
    figures.buildMs = percentile(buildTimes, 0.5);

    Xapian::QueryParser parser;
    parser.set_stemmer(Xapian::Stem(language));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_stopper(&stopper);
    parser.set_database(*database);
    parser.set_default_op(Xapian::Query::OP_OR);
    Xapian::Enquire enquire(*database);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    std::string data;
    timeSearches(figures, queries, typed, content.faq.size() > 5000, [&](const QString &query) {
        try {
            enquire.set_query(parser.parse_query(query.left(200).toStdString(), Xapian::QueryParser::FLAG_PARTIAL));
            const Xapian::MSet hits = enquire.get_mset(0, 50);
            for (Xapian::MSetIterator it = hits.begin(); it != hits.end(); ++it)
                data = it.get_document().get_data();
        } catch (const Xapian::Error &) {
            // A query Xapian cannot parse finds nothing, as in an application.
        }
    });
    return figures;
}
#endif

void printHeader()
{
    std::printf("| %-20s | %7s | %7s | %-11s | %9s | %8s | %8s | %8s | %8s | %8s |\n", "corpus", "entries", "words",
                "engine", "build ms", "index MB", "q median", "q p99", "key med", "key p99");
    std::printf("|----------------------|---------|---------|-------------|-----------|----------|----------|"
                "----------|----------|----------|\n");
}

void printRow(const Row &row)
{
    const Figures &a = row.app;
    std::printf("| %-20s | %7d | %7d | %-11s | %9.1f | %8.1f | %8.3f | %8.3f | %8.3f | %8.3f |\n", qPrintable(row.name),
                row.documents, row.vocabulary, "app", a.buildMs, a.memoryMb, a.queryMedian, a.queryP99, a.keyMedian,
                a.keyP99);
    if (row.xapian) {
        const Figures &x = *row.xapian;
        std::printf("| %-20s | %7s | %7s | %-11s | %9.1f | %8.1f | %8.3f | %8.3f | %8.3f | %8.3f |\n", "", "", "",
                    "Xapian", x.buildMs, x.memoryMb, x.queryMedian, x.queryP99, x.keyMedian, x.keyP99);
        auto ratio = [](double mine, double theirs) { return theirs > 0 ? mine / theirs : 0.0; };
        std::printf("| %-20s | %7s | %7s | %-11s | %8.2fx | %7.2fx | %7.2fx | %7.2fx | %7.2fx | %7.2fx |\n", "", "", "",
                    "app/Xapian", ratio(a.buildMs, x.buildMs), ratio(a.memoryMb, x.memoryMb),
                    ratio(a.queryMedian, x.queryMedian), ratio(a.queryP99, x.queryP99), ratio(a.keyMedian, x.keyMedian),
                    ratio(a.keyP99, x.keyP99));
    }
    std::fflush(stdout);
}

Row measure(const QString &name, const LanguageContent &content, const QStringList &queries, int builds)
{
    Row row;
    row.name = name;
    const QStringList typed = keystrokes(queries);
    row.keystrokes = int(typed.size());
    row.app = measureApp(row, content, queries, typed, builds);
#ifdef MELDPUNT_BENCH_XAPIAN
    row.xapian = measureXapian(content, queries, typed, builds);
#endif
    printRow(row);
    return row;
}

void printTarget(const char *what, bool known, bool met, const QString &figures)
{
    std::printf("  %-58s %-8s %s\n", what, !known ? "unknown" : met ? "met" : "NOT MET", qPrintable(figures));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        std::fputs(helpText, stdout);
        return 0;
    }
    listSlowest = arguments.contains(QStringLiteral("--slowest"));
    wallClock = arguments.contains(QStringLiteral("--wall"));
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    const ContentLoader::Result loaded = ContentPack::loadBuiltIn();
    if (!loaded.ok()) {
        std::fprintf(stderr, "the built-in content does not load\n");
        return 1;
    }
    const LanguageContent &dutch = *loaded.library.language(QStringLiteral("nl"));

    const qsizetype queryArgument = arguments.indexOf(QStringLiteral("--query"));
    if (queryArgument > 0 && queryArgument + 1 < arguments.size()) {
        const qsizetype sizeArgument = arguments.indexOf(QStringLiteral("--generated"));
        const int entries = sizeArgument > 0 && sizeArgument + 1 < arguments.size() ? arguments[sizeArgument + 1].toInt() : 0;
        const SearchEngine engine(entries > 0 ? generated(dutch, dutchWords(), entries) : dutch);
        const QString query = arguments[queryArgument + 1];
        std::vector<double> times;
        qsizetype hits = 0;
        for (int i = 0; i < 100; ++i) {
            QElapsedTimer timer;
            timer.start();
            hits = engine.search(query, 50).size();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("%lld hits, median %.3f ms, max %.3f ms\n", qlonglong(hits), percentile(times, 0.5),
                    percentile(times, 1.0));
        for (const SearchHit &hit : engine.search(query, 5)) {
            const QStringList words(hit.matchedWords.begin(), hit.matchedWords.end());
            std::printf("  %-28s %8.3f%s  %s\n", qPrintable(hit.id), hit.score, hit.fuzzyOnly ? " (typo)" : "",
                        qPrintable(words.join(u' ')));
        }
        return 0;
    }
    std::optional<LanguageContent> external;
    const qsizetype corpusArgument = arguments.indexOf(QStringLiteral("--corpus"));
    if (corpusArgument > 0) {
        if (corpusArgument + 1 >= arguments.size()
            || !(external = readCorpus(arguments[corpusArgument + 1], dutch))) {
            std::fprintf(stderr, "--corpus: cannot read %s\n",
                         corpusArgument + 1 < arguments.size() ? qPrintable(arguments[corpusArgument + 1]) : "(no file)");
            return 2;
        }
    }

    std::printf("Search benchmark: times in ms of %s.\n"
                "A query = search(query, 50) + model reset, as on a keystroke; 'key' = every prefix of\n"
                "every query as it is typed. 'index MB' = the heap the index keeps after one search.\n"
                "'wdutch N' = the real content plus N entries, half of whose words are Dutch words\n"
                "drawn from Debian's wdutch list with a Zipf law (seed %u).\n",
                wallClock ? "wall clock" : "the searching thread's CPU time (--wall: wall clock)", seed);
#ifdef MELDPUNT_BENCH_XAPIAN
    std::printf("Xapian %s in the same run: InMemory, BM25, stemmer and stopwords of the language,\n"
                "FLAG_PARTIAL; no synonyms, typos or compounds (it does less per query).\n\n",
                Xapian::version_string());
#else
    std::printf("Built without Xapian (libxapian-dev): no comparison.\n\n");
#endif
    printHeader();
    std::vector<Row> rows;
    for (const QString &language : { QStringLiteral("nl"), QStringLiteral("en") }) {
        const LanguageContent *content = loaded.library.language(language);
        if (content)
            rows.push_back(measure(QStringLiteral("shipped (%1)").arg(language), *content, readQueries(language), 20));
    }
    // The worst a visitor can type: long unknown words (compound splitting and typo search
    // at their longest), many words, scripts and symbols the content does not have.
    const QStringList bad { QString(10000, u'a'),
                            QStringLiteral("kinderpornomateriaalslachtofferhulpverlening"),
                            QStringLiteral("qwertyuiopasdfghjklzxcvbnmqwertyuiopasdf"),
                            QStringLiteral("verkrachtingsslachtofferhulpverleningsorganisatie ").repeated(12),
                            QStringLiteral("anoniem ").repeated(1250),
                            QStringLiteral("🙂").repeated(500),
                            QStringLiteral("مرحبا كيف حالك ").repeated(20),
                            QStringLiteral("?!.,;").repeated(400),
                            QStringLiteral("a b c d e f g h i j k l m n o p"),
                            QStringLiteral("ge me be ve") };
    rows.push_back(measure(QStringLiteral("shipped (nl), bad"), dutch, bad, 1));

    const QStringList queries = readQueries(QStringLiteral("nl"));
    const QStringList vocabulary = dutchWords();
    if (vocabulary.isEmpty()) {
        std::printf("| (no %s: install wdutch for the generated corpora) |\n", dutchWordList);
    } else {
        for (int entries : { 1000, 10000, 100000 }) {
            if (quick && entries > 10000)
                continue;
            const LanguageContent content = generated(dutch, vocabulary, entries);
            rows.push_back(measure(QStringLiteral("wdutch %1k").arg(entries / 1000), content, queries,
                                   entries >= 100000 ? 1 : 3));
        }
    }
    if (external)
        rows.push_back(measure(QStringLiteral("--corpus"), *external, queries, 1));

    auto find = [&rows](const QString &name) -> const Row * {
        for (const Row &row : rows) {
            if (row.name == name)
                return &row;
        }
        return nullptr;
    };
    std::printf("\nTargets (issue 13):\n");
    const Row *ten = find(QStringLiteral("wdutch 10k"));
    const Row *hundred = find(QStringLiteral("wdutch 100k"));
    const Row *shipped = find(QStringLiteral("shipped (nl)"));
    printTarget("keystroke p99 <= 16 ms at 10k Dutch-word entries", ten, ten && ten->app.keyP99 <= 16,
                ten ? QStringLiteral("%1 ms").arg(ten->app.keyP99, 0, 'f', 2) : QString());
    const bool comparable = hundred && hundred->xapian;
    printTarget("keystroke p99 <= Xapian's at 100k", comparable, comparable && hundred->app.keyP99 <= hundred->xapian->keyP99,
                comparable ? QStringLiteral("%1 ms vs %2 ms").arg(hundred->app.keyP99, 0, 'f', 2).arg(hundred->xapian->keyP99, 0, 'f', 2)
                           : QString());
    printTarget("index memory <= 2x Xapian's at 100k", comparable,
                comparable && hundred->app.memoryMb <= 2 * hundred->xapian->memoryMb,
                comparable ? QStringLiteral("%1 MB vs %2 MB").arg(hundred->app.memoryMb, 0, 'f', 1).arg(hundred->xapian->memoryMb, 0, 'f', 1)
                           : QString());
    // The figures before issue 13, measured on this machine: 0.03 ms median, 0.21 ms p99.
    printTarget("shipped content: keystroke as before (0.03 / 0.21 ms) or faster", shipped,
                shipped && shipped->app.keyP99 <= 0.21,
                shipped ? QStringLiteral("%1 / %2 ms").arg(shipped->app.keyMedian, 0, 'f', 3).arg(shipped->app.keyP99, 0, 'f', 3)
                        : QString());
    return 0;
}
