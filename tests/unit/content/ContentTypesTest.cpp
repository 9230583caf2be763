#include "ContentTypes.h"
#include "TestSupport.h"

using namespace meldpunt;

namespace {

/// A contact as the loader makes it: with evidence (the FAQ's), or without (`unverified:`).
ContactPoint contact(ContactPoint::Kind kind, const QString &value, const QString &note = {}, bool verified = true)
{
    const Evidence evidence { verified ? Evidence::Kind::Faq : Evidence::Kind::None, {}, {}, {}, 1 };
    return ContactPoint { kind, value, note, evidence, evidence };
}

} // namespace

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
    CHECK(contact(ContactPoint::Kind::Phone, QStringLiteral("0800-0188")).qrPayload() == u"tel:08000188");
    // A number that takes messages opens a chat, not a call (issue 12).
    CHECK(contact(ContactPoint::Kind::WhatsApp, QStringLiteral("06-428 346 35")).qrPayload()
          == u"https://wa.me/31642834635");
    CHECK(contact(ContactPoint::Kind::Website, QStringLiteral("helpwanted.nl")).qrPayload()
          == u"https://helpwanted.nl");
    CHECK(contact(ContactPoint::Kind::Email, QStringLiteral("info@example.org")).qrPayload()
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

TEST_CASE("the general help offers, in its order, only cards with a verified contact")
{
    LanguageContent content;
    auto card = [&content](const char *id, const char *phone, bool verified) {
        Organisation organisation;
        organisation.id = QString::fromLatin1(id);
        if (phone)
            organisation.contacts.append(contact(ContactPoint::Kind::Phone, QString::fromLatin1(phone), {}, verified));
        content.organisations.append(organisation);
    };
    card("politie", "112", true);
    card("helpwanted", "020-000 00 00", false); // no evidence: not shown
    card("inhope", nullptr, true);              // no contact at all
    card("stop-it-now", "0800-000 00 00", true);
    card("veilig-thuis", "0800-0000", true);
    content.info.generalHelp = { QStringLiteral("politie"), QStringLiteral("helpwanted"), QStringLiteral("inhope"),
                                 QStringLiteral("onbekend"), QStringLiteral("stop-it-now"),
                                 QStringLiteral("veilig-thuis") };

    auto ids = [](const QList<const Organisation *> &cards) {
        QStringList list;
        for (const Organisation *organisation : cards)
            list << organisation->id;
        return list;
    };
    CHECK(ids(content.generalHelp(2)) == QStringList { QStringLiteral("politie"), QStringLiteral("stop-it-now") });
    CHECK(ids(content.generalHelp(5))
          == QStringList { QStringLiteral("politie"), QStringLiteral("stop-it-now"), QStringLiteral("veilig-thuis") });
    CHECK(content.generalHelp(0).isEmpty());
}
