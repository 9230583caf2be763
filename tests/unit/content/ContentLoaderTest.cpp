#include "ContentLoader.h"
#include "ContentPack.h"
#include "TestSupport.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace meldpunt;

namespace {

QStringList diagnosticLines(const ContentLoader::Result &result)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : result.diagnostics)
        lines << diagnostic.toString();
    return lines;
}

} // namespace

TEST_CASE("the built-in content is complete in Dutch and English")
{
    const ContentLibrary &library = test::builtInContent();
    // Dutch first, then English; a language added later comes after them.
    CHECK(library.languageCodes().mid(0, 2) == QStringList { QStringLiteral("nl"), QStringLiteral("en") });
    for (const LanguageContent &language : library.languages()) {
        INFO(language.info.code.toStdString());
        CHECK(language.faq.size() >= 20);
        CHECK(language.organisations.size() >= 12);
        CHECK(language.topics.size() >= 3);
        for (const FaqEntry &entry : language.faq) {
            CHECK(!entry.question.isEmpty());
            CHECK(!entry.answer.isEmpty());
        }
    }
    const LanguageContent *nl = library.language(QStringLiteral("nl"));
    const LanguageContent *en = library.language(QStringLiteral("en"));
    REQUIRE(nl);
    REQUIRE(en);
    CHECK(nl->info.name == u"Nederlands");
    CHECK(en->info.name == u"English");
    // English is written, not copied: no answer is the Dutch text.
    for (const FaqEntry &entry : en->faq)
        CHECK(plainText(entry.answer) != plainText(nl->entry(entry.id)->answer));
}

TEST_CASE("every answer of the FAQ source is in the Dutch content word for word")
{
    // The source's page chrome is not an answer.
    const QStringList chrome { QStringLiteral("FAQ"), QStringLiteral("Kinderporno tegengekomen?"),
                               QStringLiteral("MELD HET") };
    const LanguageContent *nl = test::builtInContent().language(QStringLiteral("nl"));
    REQUIRE(nl);
    // Nothing is rewritten: a sentence that points at nothing offline is left out whole, and
    // the entry names it in 'omitted:'.
    QString everything;
    QStringList omitted;
    for (const FaqEntry &entry : nl->faq) {
        everything += plainText(entry.answer) + u'\n';
        omitted += entry.omitted;
    }

    int paragraphs = 0;
    for (QString paragraph : test::readFile(test::dataPath(QStringLiteral("meldpunt-faq.txt"))).split(u'\n')) {
        paragraph = paragraph.trimmed();
        if (paragraph.isEmpty() || chrome.contains(paragraph))
            continue;
        ++paragraphs;
        for (const QString &left : omitted)
            paragraph.replace(left, QString());
        paragraph = paragraph.trimmed();
        INFO(paragraph.toStdString());
        CHECK((paragraph.isEmpty() || everything.contains(paragraph)));
    }
    CHECK(paragraphs >= 30);
}

TEST_CASE("every contact fact of the shipped content carries the evidence organisations.md gives")
{
    // tests/data/organisations.md is the research behind the cards: for each fact beyond the
    // FAQ, the page of the organisation's own site or a government site that states it.
    const QString research = test::readFile(test::dataPath(QStringLiteral("organisations.md")));
    QStringList researchNumbers;
    static const QRegularExpression number(QStringLiteral("[0-9][0-9 –-]*[0-9]"));
    for (const QRegularExpressionMatch &match : number.globalMatch(research))
        researchNumbers << match.captured().remove(QRegularExpression(QStringLiteral("[ –-]")));
    int verified = 0;
    for (const LanguageContent &language : test::builtInContent().languages()) {
        for (const Organisation &organisation : language.organisations) {
            for (const ContactPoint &contact : organisation.contacts) {
                INFO(language.info.code.toStdString() << " " << organisation.id.toStdString() << ": "
                                                      << contact.value.toStdString());
                CHECK(contact.evidence.line > 0);
                for (const Evidence *evidence : { &contact.evidence, &contact.noteEvidence }) {
                    if (evidence->kind != Evidence::Kind::Verified)
                        continue;
                    ++verified;
                    CHECK(research.contains(evidence->page));
                    CHECK(research.contains(evidence->checked.toString(Qt::ISODate)));
                }
                const bool isNumber = contact.kind == ContactPoint::Kind::Phone || contact.kind == ContactPoint::Kind::WhatsApp;
                if (isNumber && contact.evidence.kind == Evidence::Kind::Verified)
                    CHECK(researchNumbers.contains(QString(contact.value).remove(u' ').remove(u'-')));
            }
        }
    }
    CHECK(verified > 0);
}

TEST_CASE("malformed content is refused with file:line: message")
{
    test::ContentCopy copy;

    SECTION("an unknown field")
    {
        copy.replaceInFile(QStringLiteral("nl/faq.txt"), QStringLiteral("question: Kan ik anoniem"),
                           QStringLiteral("qestion: Kan ik anoniem"));
        const auto lines = diagnosticLines(ContentLoader::load(copy.root(), QStringLiteral("c")));
        CHECK(lines.filter(QRegularExpression(QStringLiteral("^c/nl/faq\\.txt:\\d+: unknown field 'qestion'"))).size() == 1);
        CHECK(lines.filter(QRegularExpression(QStringLiteral("^c/nl/faq\\.txt:\\d+: 'anoniem-melden' needs a 'question'"))).size() == 1);
    }
    SECTION("a reference to an organisation that does not exist")
    {
        copy.replaceInFile(QStringLiteral("nl/faq.txt"), QStringLiteral("related: openbaar-ministerie"),
                           QStringLiteral("related: openbaar-ministerie, nergens"));
        const auto lines = diagnosticLines(ContentLoader::load(copy.root(), QStringLiteral("c")));
        CHECK(lines.filter(QRegularExpression(QStringLiteral("^c/nl/faq\\.txt:\\d+: 'wat-is-kinderporno' names organisation 'nergens'"))).size() == 1);
    }
    SECTION("general help naming an organisation that does not exist")
    {
        copy.replaceInFile(QStringLiteral("en/language.txt"), QStringLiteral("general-help: politie,"),
                           QStringLiteral("general-help: politie, nergens,"));
        const auto lines = diagnosticLines(ContentLoader::load(copy.root(), QStringLiteral("c")));
        CHECK(lines.filter(QRegularExpression(QStringLiteral("^c/en/language\\.txt:\\d+: general-help names organisation 'nergens'"))).size() == 1);
    }
    SECTION("a changed Dutch answer makes its English translation stale")
    {
        copy.replaceInFile(QStringLiteral("nl/faq.txt"), QStringLiteral("Je privacy is gewaarborgd."),
                           QStringLiteral("Je privacy is altijd gewaarborgd."));
        const auto lines = diagnosticLines(ContentLoader::load(copy.root(), QStringLiteral("c")));
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].contains(QRegularExpression(QStringLiteral("^c/en/faq\\.txt:\\d+: stale translation of 'anoniem-melden'"))));
    }
    SECTION("a changed Dutch card makes its English card stale, and the message says what to do")
    {
        copy.replaceInFile(QStringLiteral("nl/organisations.txt"), QStringLiteral("Bij direct gevaar bel je het alarmnummer 112."),
                           QStringLiteral("Bij direct gevaar bel je meteen het alarmnummer 112."));
        const auto result = ContentLoader::load(copy.root(), QStringLiteral("c"));
        const auto lines = diagnosticLines(result);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].contains(QRegularExpression(QStringLiteral(
            "^c/en/organisations\\.txt:\\d+: stale translation of 'politie': the source text changed "
            "\\(fingerprint [0-9a-f]{8}, expected [0-9a-f]{8}\\); update the English text, then its source-fingerprint$"))));
        // The line is the English card's, where the translator works.
        const QString english = test::readFile(copy.path(QStringLiteral("en/organisations.txt")));
        CHECK(english.left(english.indexOf(QStringLiteral("[politie]"))).count(u'\n') + 1 == result.diagnostics[0].line);
    }
    SECTION("a translation without a fingerprint is reported too")
    {
        const QString english = test::readFile(copy.path(QStringLiteral("en/faq.txt")));
        const qsizetype start = english.indexOf(QStringLiteral("source-fingerprint:"), english.indexOf(QStringLiteral("[cookies]")));
        const QString line = english.mid(start, english.indexOf(u'\n', start) - start + 1);
        copy.replaceInFile(QStringLiteral("en/faq.txt"), line, QString());
        const auto lines = diagnosticLines(ContentLoader::load(copy.root(), QStringLiteral("c")));
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].contains(QStringLiteral("stale translation of 'cookies': the source text changed (fingerprint missing")));
    }
    SECTION("a changed English text with the fingerprint unchanged is fine: it is the source that counts")
    {
        copy.replaceInFile(QStringLiteral("en/faq.txt"), QStringLiteral("Your privacy is guaranteed."),
                           QStringLiteral("Your privacy is fully guaranteed."));
        CHECK(ContentLoader::load(copy.root(), QStringLiteral("c")).ok());
    }
    SECTION("a missing translation and a bad phone number")
    {
        copy.replaceInFile(QStringLiteral("en/faq.txt"), QStringLiteral("[cookies]"), QStringLiteral("[koekjes]"));
        copy.replaceInFile(QStringLiteral("nl/organisations.txt"), QStringLiteral("06-428 346 35 ("),
                           QStringLiteral("bel ons ("));
        const auto lines = diagnosticLines(ContentLoader::load(copy.root(), QStringLiteral("c")));
        CHECK(lines.filter(QStringLiteral("'koekjes' is not in the source language")).size() == 1);
        CHECK(lines.filter(QStringLiteral("no translation of 'cookies'")).size() == 1);
        CHECK(lines.filter(QRegularExpression(QStringLiteral("^c/nl/organisations\\.txt:\\d+: 'bel ons' is not a phone number"))).size() == 1);
    }
    SECTION("a file that is missing or not text")
    {
        QFile::remove(copy.path(QStringLiteral("en/topics.txt")));
        test::writeFile(copy.path(QStringLiteral("nl/synonyms.txt")), QString(QChar(0)) + QStringLiteral("binary"));
        const auto lines = diagnosticLines(ContentLoader::load(copy.root(), QStringLiteral("c")));
        CHECK(lines.contains(QStringLiteral("c/en/topics.txt: file is missing")));
        CHECK(lines.contains(QStringLiteral("c/nl/synonyms.txt: this is not a text file")));
    }
}

TEST_CASE("a content pack that is not a resource file is refused")
{
    test::ContentCopy copy;
    const auto result = ContentPack::load(copy.path(QStringLiteral("nl/faq.txt")));
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message.contains(QStringLiteral("not a Qt resource file")));
    CHECK(ContentPack::load(QStringLiteral("/nonexistent.rcc")).diagnostics.size() == 1);
}

TEST_CASE("a content file that is a FIFO or a link to a device is refused, never waited on or read")
{
    test::ContentCopy copy;
    QTemporaryDir devices;
    const QString zero = devices.filePath(QStringLiteral("zero"));
    const bool haveDevice = ::mknod(QFile::encodeName(zero).constData(), S_IFCHR | 0600, makedev(1, 5)) == 0;
    REQUIRE(QFile::remove(copy.path(QStringLiteral("nl/topics.txt"))));
    REQUIRE(::mkfifo(QFile::encodeName(copy.path(QStringLiteral("nl/topics.txt"))).constData(), 0600) == 0);
    if (haveDevice) {
        REQUIRE(QFile::remove(copy.path(QStringLiteral("en/faq.txt"))));
        REQUIRE(QFile::link(zero, copy.path(QStringLiteral("en/faq.txt"))));
    }
    const ContentLoader::Result result = ContentLoader::load(copy.root(), QStringLiteral("c"));
    QStringList lines;
    for (const Diagnostic &diagnostic : result.diagnostics)
        lines << diagnostic.toString();
    CHECK(lines.contains(u"c/nl/topics.txt: cannot use the file: a FIFO (named pipe), not a regular file"));
    if (haveDevice)
        CHECK(lines.contains(u"c/en/faq.txt: cannot use the file: a device, not a regular file"));
}
