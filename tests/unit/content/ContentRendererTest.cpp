#include "ContentRenderer.h"
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

namespace {

Organisation fixtureOrganisation()
{
    Organisation organisation;
    organisation.id = QStringLiteral("voorbeeld");
    organisation.name = QStringLiteral("Voorbeeldlijn");
    organisation.contacts = { contact(ContactPoint::Kind::Phone, QStringLiteral("0800-0000"), QStringLiteral("gratis")),
                              contact(ContactPoint::Kind::WhatsApp, QStringLiteral("06-0000 0000")),
                              contact(ContactPoint::Kind::Website, QStringLiteral("voorbeeld.invalid")) };
    organisation.hours = QStringLiteral("Dag en nacht");
    return organisation;
}

} // namespace

TEST_CASE("blocks become paragraphs and one list, escaped")
{
    const RichText blocks { { false, QStringLiteral("Ja <b>.") }, { true, QStringLiteral("een") },
                            { true, QStringLiteral("twee") }, { false, QStringLiteral("Slot & eind") } };
    CHECK(ContentRenderer::html(blocks)
          == u"<p>Ja &lt;b&gt;.</p><ul><li>een</li><li>twee</li></ul><p>Slot &amp; eind</p>");
    CHECK(ContentRenderer::html({ { true, QStringLiteral("los") } }) == u"<ul><li>los</li></ul>");
    CHECK(ContentRenderer::html({}) == u"");
}

TEST_CASE("marked words are wrapped in the given tag, on screen with the pages' spacing")
{
    ContentRenderer::HtmlStyle style;
    style.marked = { QStringLiteral("melder") };
    style.markOpenTag = QStringLiteral("<span class=m>");
    style.screenSpacing = true;
    CHECK(ContentRenderer::html({ { false, QStringLiteral("Als Melder ben je anoniem") } }, style)
          == u"<p style=\"margin-bottom:14px;\">Als <span class=m>Melder</span> ben je anoniem</p>");
}

TEST_CASE("each way in has one label and one key")
{
    CHECK(ContentRenderer::kindLabel(ContactPoint::Kind::Phone) == u"Phone");
    CHECK(ContentRenderer::kindLabel(ContactPoint::Kind::WhatsApp) == u"WhatsApp");
    CHECK(ContentRenderer::kindLabel(ContactPoint::Kind::Chat) == u"Chat");
    CHECK(ContentRenderer::kindLabel(ContactPoint::Kind::Email) == u"E-mail");
    CHECK(ContentRenderer::kindLabel(ContactPoint::Kind::Website) == u"Website");
    CHECK(ContentRenderer::kindKey(ContactPoint::Kind::Phone) == u"phone");
    CHECK(ContentRenderer::kindKey(ContactPoint::Kind::WhatsApp) == u"whatsapp");
    CHECK(ContentRenderer::kindKey(ContactPoint::Kind::Chat) == u"chat");
    CHECK(ContentRenderer::kindKey(ContactPoint::Kind::Email) == u"email");
    CHECK(ContentRenderer::kindKey(ContactPoint::Kind::Website) == u"website");
}

TEST_CASE("the contact text a counsellor copies: name, one labelled line per way in, the hours")
{
    CHECK(ContentRenderer::contactText(fixtureOrganisation())
          == u"Voorbeeldlijn\nPhone: 0800-0000 (gratis)\nWhatsApp: 06-0000 0000\nWebsite: voorbeeld.invalid\n"
             u"Dag en nacht");
}

TEST_CASE("a card shows a phone number first, else another way in")
{
    Organisation organisation = fixtureOrganisation();
    CHECK(organisation.primaryContact() == u"0800-0000");
    organisation.contacts.removeFirst();
    CHECK(organisation.primaryContact() == u"06-0000 0000");
    organisation.contacts = { contact(ContactPoint::Kind::Email, QStringLiteral("a@voorbeeld.invalid")) };
    CHECK(organisation.primaryContact().isEmpty());
}
