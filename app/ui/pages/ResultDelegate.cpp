#include "ResultDelegate.h"

#include <QAbstractScrollArea>

#include "Highlight.h"
#include "SearchResultModel.h"
#include "Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace meldpunt {

ResultDelegate::ResultDelegate(const Theme &theme, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_theme(theme)
{
}

QString ResultDelegate::html(const QModelIndex &index) const
{
    const QStringList matched = index.data(SearchResultModel::MatchedWordsRole).toStringList();
    const QSet<QString> words(matched.begin(), matched.end());
    const QString mark = m_theme.markOpenTag();
    const QString close = QStringLiteral("</span>");
    const bool isFaq = index.data(SearchResultModel::KindRole).toInt() == int(SearchHit::Kind::Faq);
    //: The kind of a search hit, shown in capitals above its title
    const QString question = tr("Question");
    //: The kind of a search hit, shown in capitals above its title
    const QString organisation = tr("Organisation");
    const QString kind = isFaq ? question : organisation;
    const int base = m_theme.basePixelSize();
    if (m_compact) {
        return QStringLiteral("<div style=\"color:%5; font-size:%3px; font-weight:700;\">"
                              "<span style=\"font-size:%1px; font-weight:700;\">%2</span>&nbsp;&nbsp;%4</div>")
            .arg(QString::number(base * 80 / 100), kind.toUpper().toHtmlEscaped(), QString::number(base),
                 highlightHtml(index.data(Qt::DisplayRole).toString(), words, mark, close), m_theme.textColourName());
    }
    return QStringLiteral("<div style=\"color:%7;\"><div style=\"font-size:%1px; font-weight:700;\">%2</div>"
                          "<div style=\"font-size:%3px; font-weight:700; margin-top:2px;\">%4</div>"
                          "<div style=\"font-size:%5px; margin-top:4px;\">%6</div></div>")
        // One multi-argument arg(): content text may itself hold "%1".
        .arg(QString::number(base * 80 / 100), kind.toUpper().toHtmlEscaped(),
             QString::number(base * 120 / 100),
             highlightHtml(index.data(Qt::DisplayRole).toString(), words, mark, close),
             QString::number(base),
             highlightHtml(index.data(SearchResultModel::SnippetRole).toString(), words, mark, close),
             m_theme.textColourName());
}

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem frame = option;
    initStyleOption(&frame, index);
    frame.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &frame, painter, widget);

    const int padding = rowPadding();
    const QTextDocument &document = this->document(html(index), option.font, option.rect.width() - 2 * padding);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.palette.color(QPalette::WindowText));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(padding, padding));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The room inside the list, beside its scroll bar (a finger's 48 px in kiosk mode).
    const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget);
    const int viewWidth = view ? view->viewport()->width() : 840;
    return { rowWidth(viewWidth), rowHeight(html(index), option.font, viewWidth, rowPadding()) };
}

int ResultDelegate::rowWidth(int viewWidth)
{
    return std::max(200, viewWidth - 22);
}

int ResultDelegate::rowHeight(const QString &html, const QFont &font, int viewWidth, int padding) const
{
    return int(std::ceil(document(html, font, rowWidth(viewWidth) - 2 * padding).size().height())) + 2 * padding;
}

const QTextDocument &ResultDelegate::document(const QString &html, const QFont &font, int textWidth) const
{
    const QString key = QString::number(textWidth) + u'\n' + font.key() + u'\n' + html;
    if (const QTextDocument *cached = m_documents.object(key))
        return *cached;
    auto *document = new QTextDocument;
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setTextWidth(textWidth);
    document->size(); // laid out now, while the cache owns it
    m_documents.insert(key, document);
    return *document;
}

int ResultDelegate::compactHeight(const QModelIndex &index, int viewWidth) const
{
    ResultDelegate compact(m_theme);
    compact.setCompact(true);
    const QWidget *view = qobject_cast<const QWidget *>(parent());
    return compact.rowHeight(compact.html(index), view ? view->font() : QApplication::font(), viewWidth, compactPadding);
}

int ResultDelegate::compactRowHeight(int basePixelSize)
{
    QFont font = QApplication::font();
    font.setPixelSize(basePixelSize);
    font.setWeight(QFont::Bold);
    return QFontMetrics(font).height() + 2 * compactPadding;
}

} // namespace meldpunt
