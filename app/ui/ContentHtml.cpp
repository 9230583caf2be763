#include "ContentHtml.h"

#include "Highlight.h"

namespace meldpunt {

QString contentHtml(const RichText &blocks, const QSet<QString> &marked, const QString &markOpenTag)
{
    const QString close = QStringLiteral("</span>");
    QString html;
    bool inList = false;
    for (const TextBlock &block : blocks) {
        if (block.bullet && !inList)
            html += QStringLiteral("<ul style=\"margin-left:0px; -qt-list-indent:1;\">");
        if (!block.bullet && inList)
            html += QStringLiteral("</ul>");
        inList = block.bullet;
        const QString text = highlightHtml(block.text, marked, markOpenTag, close);
        html += block.bullet ? QStringLiteral("<li style=\"margin-bottom:10px;\">") + text + QStringLiteral("</li>")
                             : QStringLiteral("<p style=\"margin-bottom:14px;\">") + text + QStringLiteral("</p>");
    }
    if (inList)
        html += QStringLiteral("</ul>");
    return html;
}

} // namespace meldpunt
