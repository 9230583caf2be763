#pragma once

#include "ContentTypes.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace meldpunt {

/// The one way content becomes something to show, print or copy: rich text blocks to HTML
/// (for the pages and the handout) and to plain text, an organisation's contact lines, and
/// the names of the ways to reach an organisation. Its labels are translated once, here.
///
///     html({"Ja.", •"politie"}, {})              => "<p>Ja.</p><ul><li>politie</li></ul>"
///     html({"Ja. Als melder"}, {"melder"}, mark) => "<p>Ja. Als <span ...>melder</span></p>"
///     kindLabel(WhatsApp)                        => "WhatsApp" (nl: "WhatsApp")
///     contactText(politie)                       => "Politie\nPhone: 0900-8844 (...)\n..."
class ContentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ContentRenderer)

public:
    /// How marked search words and the spacing look; the defaults suit print.
    struct HtmlStyle
    {
        QSet<QString> marked;       ///< folded words to mark
        QString markOpenTag;        ///< "<span style=...>"; closed by "</span>"
        bool screenSpacing = false; ///< the pages' spacing between paragraphs and items
    };

    static QString html(const RichText &blocks, const HtmlStyle &style);
    static QString html(const RichText &blocks) { return html(blocks, HtmlStyle()); }

    /// Above a number or an address: "Phone", "WhatsApp", "Chat", "E-mail", "Website".
    static QString kindLabel(ContactPoint::Kind kind);
    /// The kind as a stable key for tools: "phone", "whatsapp", "chat", "email", "website".
    static QString kindKey(ContactPoint::Kind kind);

    /// "Phone: 0800-0188 (free)" (the note in brackets when there is one).
    static QString contactLine(const ContactPoint &contact);
    /// How a tile reaches the organisation in one line: its first verified contact, else the
    /// card it sends visitors to instead, with that card's:
    ///     politie                        => "112"
    ///     verbreek-de-stilte (instead:)  => "Via Slachtofferhulp Nederland: 0900-0101"
    static QString reachLine(const Organisation &organisation, const LanguageContent &content);
    /// The organisation's name, every contact line and the hours, one per line: what a
    /// counsellor copies.
    static QString contactText(const Organisation &organisation);
};

} // namespace meldpunt
