// Issue 12: content the owner can sign off. Each case fails if one of the errors a careful
// reader found comes back: 112 qualified, a messaging number as a phone call, an unverified
// fact in front of a visitor or on paper, a provenance line that is not true, a source error
// without its note, a review sheet that misses an app-written text.
#include "ContentLoader.h"
#include "HandoutWriter.h"
#include "Provenance.h"
#include "ReviewSheet.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace meldpunt;

namespace {

/// Every text a visitor can read of an entry: question, answer, editor's note, provenance.
QStringList visitorTexts(const FaqEntry &entry, const LanguageInfo &info)
{
    QStringList texts { entry.question, plainText(entry.answer), Provenance::answerLine(entry, info) };
    if (!entry.editorNote.isEmpty())
        texts << entry.editorNote.text << Provenance::editorNoteHeading(entry.editorNote);
    return texts;
}

/// Every text a visitor can read of a card, as the kiosk shows it.
QStringList visitorTexts(const Organisation &organisation, const QString &languageCode)
{
    QStringList texts { organisation.plainText(), organisation.partOf };
    for (const ContactPoint &contact : organisation.contacts)
        texts << Provenance::contactOrigin(contact, languageCode);
    if (!organisation.editorNote.isEmpty())
        texts << organisation.editorNote.text;
    return texts;
}

QStringList allVisitorTexts(const LanguageContent &content)
{
    QStringList texts;
    for (const FaqEntry &entry : content.faq)
        texts << visitorTexts(entry, content.info);
    for (const Organisation &organisation : content.organisations)
        texts << visitorTexts(organisation, content.info.code);
    return texts;
}

QStringList allIds(const LanguageContent &content)
{
    QStringList ids;
    for (const FaqEntry &entry : content.faq)
        ids << entry.id;
    for (const Organisation &organisation : content.organisations)
        ids << organisation.id;
    return ids;
}

/// The source's paragraphs, without its page chrome.
QStringList sourceParagraphs()
{
    const QStringList chrome { QStringLiteral("FAQ"), QStringLiteral("Kinderporno tegengekomen?"),
                               QStringLiteral("MELD HET") };
    QStringList paragraphs;
    for (QString paragraph : test::readFile(test::dataPath(QStringLiteral("meldpunt-faq.txt"))).split(u'\n')) {
        paragraph = paragraph.trimmed();
        if (paragraph.startsWith(u"• "))
            paragraph = paragraph.mid(2);
        if (!paragraph.isEmpty() && !chrome.contains(paragraph))
            paragraphs << paragraph.simplified();
    }
    return paragraphs;
}

const LanguageContent &language(const QString &code)
{
    const LanguageContent *content = test::builtInContent().language(code);
    REQUIRE(content);
    return *content;
}

} // namespace

TEST_CASE("112 is never qualified: no 'only' or 'alleen' in a sentence that names it")
{
    static const QRegularExpression restricting(
        QStringLiteral("\\b(alleen|uitsluitend|enkel|only|just|solely)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sentence(QStringLiteral("[^.!?\\n]*\\b112\\b[^.!?\\n]*"));
    int seen = 0;
    for (const LanguageContent &content : test::builtInContent().languages()) {
        for (const QString &text : allVisitorTexts(content)) {
            auto it = sentence.globalMatch(text);
            while (it.hasNext()) {
                const QString found = it.next().captured();
                INFO(found.toStdString());
                CHECK(!restricting.match(found).hasMatch());
                ++seen;
            }
        }
        for (const Organisation &organisation : content.organisations) {
            for (const ContactPoint &contact : organisation.contacts) {
                if (contact.value == u"112") {
                    INFO(contact.note.toStdString());
                    CHECK(!restricting.match(contact.note).hasMatch());
                }
            }
        }
    }
    CHECK(seen >= 4);
}

TEST_CASE("a number that takes messages opens a chat, never a phone call")
{
    ContactPoint whatsapp;
    whatsapp.kind = ContactPoint::Kind::WhatsApp;
    whatsapp.value = QStringLiteral("06-428 346 35");
    CHECK(whatsapp.qrPayload() == u"https://wa.me/31642834635");
    whatsapp.value = QStringLiteral("+44 7700 900123");
    CHECK(whatsapp.qrPayload() == u"https://wa.me/447700900123");
    whatsapp.value = QStringLiteral("0031 6 12345678");
    CHECK(whatsapp.qrPayload() == u"https://wa.me/31612345678");

    int messaging = 0;
    for (const LanguageContent &content : test::builtInContent().languages()) {
        for (const Organisation &organisation : content.organisations) {
            for (const ContactPoint &contact : organisation.contacts) {
                if (contact.kind != ContactPoint::Kind::WhatsApp)
                    continue;
                ++messaging;
                INFO(organisation.id.toStdString());
                CHECK(contact.qrPayload().startsWith(u"https://wa.me/"));
                CHECK(!contact.qrPayload().contains(u"tel:"));
            }
        }
        // The source says to message the Meldpunt's number, not to call it.
        const Organisation *meldpunt = content.organisation(QStringLiteral("meldpunt-kinderporno"));
        REQUIRE(meldpunt);
        for (const ContactPoint &contact : meldpunt->contacts)
            CHECK(contact.kind != ContactPoint::Kind::Phone);
    }
    CHECK(messaging >= 2);
}

TEST_CASE("no anonymity claim next to the chat-app route")
{
    static const QRegularExpression anonymous(QStringLiteral("anoniem|anonymous"), QRegularExpression::CaseInsensitiveOption);
    for (const LanguageContent &content : test::builtInContent().languages()) {
        const Organisation *meldpunt = content.organisation(QStringLiteral("meldpunt-kinderporno"));
        REQUIRE(meldpunt);
        CHECK(!anonymous.match(meldpunt->plainText()).hasMatch());
        // Nor a card with the chat-app number under the anonymity answer.
        CHECK(!content.entry(QStringLiteral("anoniem-melden"))->related.contains(meldpunt->id));
    }
}

TEST_CASE("an unverified fact is in no kiosk content and on no handout; a workstation marks it")
{
    int unverified = 0;
    for (const LanguageContent &content : test::builtInContent().languages()) {
        const LanguageContent shown = content.verifiedOnly();
        const QString everyHandout = HandoutWriter::html(content, allIds(content));
        REQUIRE(!everyHandout.isEmpty());
        const QString kioskText = allVisitorTexts(shown).join(u'\n');
        for (const Organisation &organisation : content.organisations) {
            CHECK(!shown.organisation(organisation.id)->hasUnverifiedFacts());
            for (const ContactPoint &contact : organisation.contacts) {
                INFO(organisation.id.toStdString() + ": " + contact.value.toStdString());
                if (!contact.shown()) {
                    ++unverified;
                    // A value may stand in the FAQ's own words (the card's about) too: count contact lines.
                    for (const ContactPoint &kept : shown.organisation(organisation.id)->contacts)
                        CHECK(kept.value != contact.value);
                    CHECK(!everyHandout.contains(u"<b style=\"font-size:large\">" + contact.value.toHtmlEscaped() + u"</b>"));
                } else if (!contact.noteShown()) {
                    ++unverified;
                    CHECK(!kioskText.contains(contact.note));
                    CHECK(!everyHandout.contains(contact.note.toHtmlEscaped()));
                }
            }
        }
        // Review wording is for reviewers: never in what a visitor reads or takes home.
        for (const QString &word : { QStringLiteral("mogelijk verouderd"), QStringLiteral("possibly out of date"),
                                     QStringLiteral("nog bevestigen"), QStringLiteral("to be confirmed") }) {
            CHECK(!kioskText.contains(word, Qt::CaseInsensitive));
            CHECK(!everyHandout.contains(word, Qt::CaseInsensitive));
        }
    }
    // The content holds unverified facts (Verbreek de Stilte's number, say): the checks above ran.
    CHECK(unverified > 0);
}

TEST_CASE("the provenance line under every answer is true")
{
    const QStringList source = sourceParagraphs();
    const QString whole = source.join(u'\n');
    const LanguageContent &nl = language(QStringLiteral("nl"));
    for (const FaqEntry &entry : nl.faq) {
        INFO(entry.id.toStdString());
        const QString line = Provenance::answerLine(entry, nl.info);
        // "word for word": every paragraph of the answer is the source's.
        for (const TextBlock &block : entry.answer) {
            INFO(block.text.toStdString());
            CHECK(whole.contains(block.text.simplified()));
        }
        // "shortened" exactly when text was left out, and the left-out text is the source's.
        CHECK(line.contains(QStringLiteral("shortened")) == !entry.omitted.isEmpty());
        for (const QString &omitted : entry.omitted) {
            INFO(omitted.toStdString());
            CHECK(whole.contains(omitted.simplified()));
        }
        CHECK(line.contains(QStringLiteral("question above it was written for this app")));
        CHECK(line.contains(QStringLiteral("editor's note")) == !entry.editorNote.isEmpty());
    }
    // Every paragraph of the source is in an answer, or left out on purpose ('omitted:').
    QString answers;
    QStringList omitted;
    for (const FaqEntry &entry : nl.faq) {
        answers += plainText(entry.answer).simplified() + u'\n';
        omitted += entry.omitted;
    }
    for (QString paragraph : source) {
        for (const QString &left : omitted)
            paragraph.replace(left.simplified(), QString());
        paragraph = paragraph.trimmed();
        INFO(paragraph.toStdString());
        CHECK((paragraph.isEmpty() || answers.contains(paragraph)));
    }
    // A translation says that it is one.
    const LanguageContent &en = language(QStringLiteral("en"));
    for (const FaqEntry &entry : en.faq)
        CHECK(Provenance::answerLine(entry, en.info).contains(QStringLiteral("translation")));
}

TEST_CASE("where the source is wrong or conflicts with the hotline's site, a dated editor's note says so")
{
    for (const LanguageContent &content : test::builtInContent().languages()) {
        for (const QString &id : { QStringLiteral("virtueel-materiaal"), QStringLiteral("teksten"),
                                   QStringLiteral("opsporing") }) {
            const FaqEntry *entry = content.entry(id);
            REQUIRE(entry);
            INFO(content.info.code.toStdString() + " " + id.toStdString());
            CHECK(!entry->editorNote.text.isEmpty());
            CHECK(!entry->editorNote.source.isEmpty());
            CHECK(!entry->editorNote.date.isEmpty());
        }
        CHECK(content.entry(QStringLiteral("opsporing"))->editorNote.text.contains(QStringLiteral("Openbaar Ministerie")));
        // The police card does not repeat that prosecuting is a police power.
        const QString police = content.organisation(QStringLiteral("politie"))->plainText();
        CHECK(!police.contains(QStringLiteral("vervolgen"), Qt::CaseInsensitive));
        CHECK(!police.contains(QStringLiteral("prosecut"), Qt::CaseInsensitive));
    }
    // The questions promise no more than their answers.
    const LanguageContent &nl = language(QStringLiteral("nl"));
    CHECK(!nl.entry(QStringLiteral("virtueel-materiaal"))->question.contains(QStringLiteral("tekening")));
    CHECK(!nl.entry(QStringLiteral("seksuele-verzoeken"))->question.contains(QStringLiteral("kinderporno")));
    CHECK(nl.entry(QStringLiteral("zorgen-om-kind"))->question.contains(QStringLiteral("misbruik")));
}

TEST_CASE("nothing points at a website or statement that is not in the app, and card titles are clean")
{
    for (const LanguageContent &content : test::builtInContent().languages()) {
        for (const QString &text : allVisitorTexts(content)) {
            INFO(text.toStdString());
            CHECK(!text.contains(QStringLiteral("op deze website")));
            CHECK(!text.contains(QStringLiteral("on this website")));
            CHECK(!text.contains(QStringLiteral("cookieverklaring")));
            CHECK(!text.contains(QStringLiteral("cookie statement")));
            CHECK(!text.contains(QStringLiteral("staat op offlimits.nl")));
        }
        for (const Organisation &organisation : content.organisations) {
            // A title is the organisation's name (an English gloss may follow), not a note.
            INFO(organisation.name.toStdString());
            CHECK(!organisation.name.contains(QStringLiteral("FAQ")));
        }
    }
}

TEST_CASE("in the kiosk's content a card without a contact never points at one, and says where to go instead")
{
    // Kiosk mode holds back unverified contacts (ContentLibrary::verifiedOnly()): a card
    // left without one must not say "report it here" or "its website".
    const QRegularExpression pointer(QStringLiteral("\\b(hier|here|website|site|webadres|address|adres)\\b"),
                                     QRegularExpression::CaseInsensitiveOption);
    int withoutContact = 0;
    const ContentLibrary kiosk = test::builtInContent().verifiedOnly();
    for (const LanguageContent &content : kiosk.languages()) {
        for (const Organisation &organisation : content.organisations) {
            if (!organisation.contacts.isEmpty())
                continue;
            ++withoutContact;
            const Organisation *instead = content.organisation(organisation.instead);
            REQUIRE(instead);
            CHECK(!instead->primaryContact().isEmpty());
            for (const QString &text : visitorTexts(organisation, content.info.code)) {
                INFO(content.info.code.toStdString() << " " << organisation.id.toStdString() << ": " << text.toStdString());
                CHECK(!pointer.match(text).hasMatch());
            }
        }
    }
    // Verbreek de Stilte, until a current page states its number.
    CHECK(withoutContact > 0);
}

TEST_CASE("the English keeps the Dutch nuances")
{
    const LanguageContent &en = language(QStringLiteral("en"));
    const QString nudism = plainText(en.entry(QStringLiteral("nudistische-afbeeldingen"))->answer);
    CHECK(!nudism.contains(QStringLiteral("own home")));
    CHECK(nudism.contains(QStringLiteral("not unnatural")));
    CHECK(!plainText(en.entry(QStringLiteral("wanneer-strafbaar"))->answer).contains(QStringLiteral("purpose")));
}

TEST_CASE("the review sheet lists every text this app wrote, with its source, date and the approval")
{
    const ContentLibrary &library = test::builtInContent();
    const QString sheet = ReviewSheet::html(library);
    const LanguageContent &nl = language(QStringLiteral("nl"));
    const LanguageContent &en = language(QStringLiteral("en"));
    QStringList wanted;
    for (const LanguageContent *content : { &nl, &en }) {
        for (const FaqEntry &entry : content->faq) {
            wanted << entry.question << entry.editorNote.text << entry.reviewNote << entry.omitted;
            if (content == &en) {
                for (const TextBlock &block : entry.answer)
                    wanted << block.text;
            }
        }
        for (const Organisation &organisation : content->organisations) {
            wanted << organisation.helpsWith << organisation.editorNote.text << organisation.reviewNote;
            for (const ContactPoint &contact : organisation.contacts)
                wanted << contact.value;
            if (content == &en) {
                for (const TextBlock &block : organisation.about)
                    wanted << block.text;
            }
        }
    }
    wanted.removeAll(QString());
    for (const QString &text : wanted) {
        INFO(text.toStdString());
        CHECK(sheet.contains(text.toHtmlEscaped()));
    }
    // Each row has its source and date; the unverified facts say so, and every verified fact
    // stands with its page's whole address and the day it was read.
    const auto rows = ReviewSheet::items(nl, nullptr);
    for (const ReviewSheet::Item &item : rows) {
        INFO(item.text.toStdString());
        CHECK(!item.source.isEmpty());
        CHECK(!item.date.isEmpty());
    }
    CHECK(sheet.contains(QStringLiteral("not shown in kiosk mode nor printed until verified")));
    int verified = 0;
    for (const Organisation &organisation : nl.organisations) {
        for (const ContactPoint &contact : organisation.contacts) {
            for (const Evidence *evidence : { &contact.evidence, &contact.noteEvidence }) {
                if (evidence->kind != Evidence::Kind::Verified)
                    continue;
                ++verified;
                const auto row = std::find_if(rows.begin(), rows.end(), [&](const ReviewSheet::Item &item) {
                    return item.where == organisation.id && item.text.startsWith(contact.value) && item.source == evidence->page
                        && item.date == evidence->checked.toString(Qt::ISODate);
                });
                INFO(organisation.id.toStdString() << ": " << contact.value.toStdString());
                CHECK(row != rows.end());
                CHECK(sheet.contains(evidence->page.toHtmlEscaped()));
            }
        }
    }
    CHECK(verified > 0);
    CHECK(sheet.contains(QStringLiteral("Not approved yet")));
    CHECK(ReviewSheet::sentenceCount(QStringLiteral("Ja. Voorwaarde is wel dat het materiaal echt lijkt.")) == 2);

    // The approval that language.txt records is on the sheet and in the build's record.
    test::ContentCopy copy;
    copy.replaceInFile(QStringLiteral("nl/language.txt"), QStringLiteral("edited-on: 2026-12-02"),
                       QStringLiteral("edited-on: 2026-12-02\napproved-by: Offlimits\napproved-on: 2026-12-10"));
    const auto approved = ContentLoader::load(copy.root());
    REQUIRE(approved.ok());
    CHECK(ReviewSheet::html(approved.library).contains(QStringLiteral("Approved by Offlimits on 2026-12-10")));
    CHECK(ReviewSheet::approvalLines(approved.library)
          == QStringLiteral("nl: approved by Offlimits on 2026-12-10\nen: not approved by the content owner yet\n"));
}

TEST_CASE("the review sheet is written to a regular file or a new path only")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("review.html"));
    REQUIRE(ReviewSheet::write(test::builtInContent(), file).ok);
    CHECK(test::readFile(file).startsWith(QStringLiteral("<!DOCTYPE html>")));
    REQUIRE(ReviewSheet::write(test::builtInContent(), file).ok); // a regular file is replaced

    // A folder, a pipe and a device of our own, and a link to the pipe, are refused and left
    // as they were.
    CHECK(!ReviewSheet::write(test::builtInContent(), dir.path()).ok);
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto refused = ReviewSheet::write(test::builtInContent(), fifo);
    CHECK(!refused.ok);
    CHECK(refused.error.contains(QStringLiteral("a FIFO (named pipe), not a regular file")));
    CHECK(!QFileInfo(fifo).isFile());
    const QString toFifo = dir.filePath(QStringLiteral("to-pipe.html"));
    REQUIRE(QFile::link(fifo, toFifo));
    CHECK(!ReviewSheet::write(test::builtInContent(), toFifo).ok);
    CHECK(QFileInfo(toFifo).isSymLink());
    const QString full = dir.filePath(QStringLiteral("full"));
    // A device node needs CAP_MKNOD, which a container may not give.
    if (::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0600, makedev(1, 7)) == 0) {
        const auto device = ReviewSheet::write(test::builtInContent(), full);
        CHECK(!device.ok);
        CHECK(device.error.contains(QStringLiteral("a device")));
        struct stat node {};
        REQUIRE(::lstat(QFile::encodeName(full).constData(), &node) == 0);
        CHECK(S_ISCHR(node.st_mode));
    }

    // A link to a regular file writes that file, as --handout does.
    const QString link = dir.filePath(QStringLiteral("link.html"));
    REQUIRE(QFile::link(file, link));
    REQUIRE(QFile::remove(file));
    test::writeFile(file, QStringLiteral("old"));
    REQUIRE(ReviewSheet::write(test::builtInContent(), link).ok);
    CHECK(QFileInfo(link).isSymLink());
    CHECK(test::readFile(file).startsWith(QStringLiteral("<!DOCTYPE html>")));
}

TEST_CASE("the new fields are checked: evidence in translations, editor's notes, left-out text, approval")
{
    auto lines = [](const ContentLoader::Result &result) {
        QStringList text;
        for (const Diagnostic &diagnostic : result.diagnostics)
            text << diagnostic.toString();
        return text;
    };
    test::ContentCopy copy;
    SECTION("a translation whose evidence is not its source's")
    {
        copy.replaceInFile(QStringLiteral("en/organisations.txt"),
                           QStringLiteral("verified: 2026-12-07 politie.nl/themas/slachtofferhulp.html"),
                           QStringLiteral("verified: 2026-12-06 politie.nl/themas/slachtofferhulp.html"));
        const auto found = lines(ContentLoader::load(copy.root(), QStringLiteral("c")));
        CHECK(found.filter(QStringLiteral("'slachtofferhulp': the translation's contact lines need the same evidence")).size() == 1);
    }
    SECTION("an editor's note without its date")
    {
        copy.replaceInFile(QStringLiteral("nl/faq.txt"), QStringLiteral("editor-note-date: 2026-12-02\nnote: De FAQ ("),
                           QStringLiteral("note: De FAQ ("));
        const auto found = lines(ContentLoader::load(copy.root(), QStringLiteral("c")));
        CHECK(found.filter(QRegularExpression(QStringLiteral("^c/nl/faq\\.txt:\\d+: 'teksten': an editor-note needs"))).size() == 1);
    }
    SECTION("approval needs who and when")
    {
        copy.replaceInFile(QStringLiteral("nl/language.txt"), QStringLiteral("edited-on: 2026-12-02"),
                           QStringLiteral("edited-on: 2026-12-02\napproved-by: Offlimits"));
        const auto found = lines(ContentLoader::load(copy.root(), QStringLiteral("c")));
        CHECK(found.filter(QStringLiteral("approved-by and approved-on go together")).size() == 1);
    }
}
