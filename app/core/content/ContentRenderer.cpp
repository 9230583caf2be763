#include "ContentRenderer.h"

#include "Highlight.h"

namespace meldpunt {

QString ContentRenderer::html(const RichText &blocks, const HtmlStyle &style)
{
    const QString listOpen = style.screenSpacing ? QStringLiteral("<ul style=\"margin-left:0px; -qt-list-indent:1;\">")
                                                 : QStringLiteral("<ul>");
    const QString itemOpen = style.screenSpacing ? QStringLiteral("<li style=\"margin-bottom:10px;\">")
                                                 : QStringLiteral("<li>");
    const QString paragraphOpen = style.screenSpacing ? QStringLiteral("<p style=\"margin-bottom:14px;\">")
                                                      : QStringLiteral("<p>");
    QString html;
    bool inList = false;
    for (const TextBlock &block : blocks) {
        if (block.bullet != inList)
            html += block.bullet ? listOpen : QStringLiteral("</ul>");
        inList = block.bullet;
        const QString text = style.marked.isEmpty()
            ? block.text.toHtmlEscaped()
            : highlightHtml(block.text, style.marked, style.markOpenTag, QStringLiteral("</span>"));
        html += block.bullet ? itemOpen + text + QStringLiteral("</li>") : paragraphOpen + text + QStringLiteral("</p>");
    }
    if (inList)
        html += QStringLiteral("</ul>");
    return html;
}

QString ContentRenderer::kindLabel(ContactPoint::Kind kind)
{
    switch (kind) {
    case ContactPoint::Kind::Phone:
        //: Above a phone number
        return tr("Phone");
    case ContactPoint::Kind::WhatsApp:
        //: Above a number that takes WhatsApp messages
        return tr("WhatsApp");
    case ContactPoint::Kind::Chat:
        //: Above the website where you can chat with the organisation
        return tr("Chat");
    case ContactPoint::Kind::Email:
        return tr("E-mail");
    case ContactPoint::Kind::Website:
        return tr("Website");
    }
    return {};
}

QString ContentRenderer::kindKey(ContactPoint::Kind kind)
{
    switch (kind) {
    case ContactPoint::Kind::Phone:
        return QStringLiteral("phone");
    case ContactPoint::Kind::WhatsApp:
        return QStringLiteral("whatsapp");
    case ContactPoint::Kind::Chat:
        return QStringLiteral("chat");
    case ContactPoint::Kind::Email:
        return QStringLiteral("email");
    case ContactPoint::Kind::Website:
        return QStringLiteral("website");
    }
    return {};
}

QString ContentRenderer::contactLine(const ContactPoint &contact)
{
    QString line = kindLabel(contact.kind) + u": " + contact.value;
    if (!contact.note.isEmpty())
        line += u" (" + contact.note + u')';
    return line;
}

QString ContentRenderer::reachLine(const Organisation &organisation, const LanguageContent &content)
{
    const QString own = organisation.primaryContact();
    const Organisation *instead = content.organisation(organisation.instead);
    if (!own.isEmpty() || !instead || instead->primaryContact().isEmpty())
        return own;
    return tr("Via %1: %2", "%1 is the organisation to go to instead, %2 its phone number or address")
        .arg(instead->name, instead->primaryContact());
}

QString ContentRenderer::contactText(const Organisation &organisation)
{
    QStringList lines { organisation.name };
    for (const ContactPoint &contact : organisation.contacts)
        lines << contactLine(contact);
    if (!organisation.hours.isEmpty())
        lines << organisation.hours;
    return lines.join(u'\n');
}

} // namespace meldpunt
