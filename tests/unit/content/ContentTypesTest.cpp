#include "ContentTypes.h"
#include "TestSupport.h"

using namespace meldpunt;

TEST_CASE("plain text keeps paragraphs apart and list items together")
{
    const RichText blocks { { false, QStringLiteral("Intro:") }, { true, QStringLiteral("een") },
                            { true, QStringLiteral("twee") }, { false, QStringLiteral("Slot.") } };
    CHECK(plainText(blocks) == u"Intro:\n\n• een\n• twee\n\nSlot.");
}

TEST_CASE("an excerpt is cut at a word and marked")
{
    CHECK(excerpt(QStringLiteral("kort"), 10) == u"kort");
    CHECK(excerpt(QStringLiteral("in een veilige, niet onnatuurlijke omgeving"), 22) == u"in een veilige, niet…");
    CHECK(excerpt(QStringLiteral("onafgebrokenwoord"), 5) == u"onafg…");
}

TEST_CASE("QR codes carry what a phone can open")
{
    CHECK(ContactPoint { ContactPoint::Kind::Phone, QStringLiteral("0800-0188"), {} }.qrPayload() == u"tel:08000188");
    // A number that takes messages opens a chat, not a call (issue 12).
    CHECK(ContactPoint { ContactPoint::Kind::WhatsApp, QStringLiteral("06-428 346 35"), {} }.qrPayload()
          == u"https://wa.me/31642834635");
    CHECK(ContactPoint { ContactPoint::Kind::Website, QStringLiteral("helpwanted.nl"), {} }.qrPayload()
          == u"https://helpwanted.nl");
    CHECK(ContactPoint { ContactPoint::Kind::Email, QStringLiteral("info@example.org"), {} }.qrPayload()
          == u"mailto:info@example.org");
}

TEST_CASE("a topic lists its entries in content order")
{
    LanguageContent content;
    for (const auto &[id, topic] : { std::pair { "a", "melden" }, std::pair { "b", "hulp" }, std::pair { "c", "melden" } }) {
        FaqEntry entry;
        entry.id = QString::fromLatin1(id);
        entry.topicId = QString::fromLatin1(topic);
        content.faq.append(entry);
    }
    const QList<const FaqEntry *> entries = content.entriesInTopic(QStringLiteral("melden"));
    REQUIRE(entries.size() == 2);
    CHECK(entries[0]->id == u"a");
    CHECK(entries[1]->id == u"c");
    CHECK(content.entriesInTopic(QStringLiteral("geen")).isEmpty());
}
