#include "ResultDelegate.h"

#include "Highlight.h"
#include "SearchResultModel.h"
#include "Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace meldpunt {

namespace {
constexpr int padding = 18;
}

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
    return QStringLiteral("<div style=\"color:%7;\"><div style=\"font-size:%1px; font-weight:600;\">%2</div>"
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

    QTextDocument document;
    document.setDefaultFont(option.font);
    document.setDefaultStyleSheet({});
    document.setHtml(html(index));
    document.setTextWidth(option.rect.width() - 2 * padding);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.palette.color(QPalette::WindowText));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(padding, padding - 4));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    document.setDefaultFont(option.font);
    document.setHtml(html(index));
    const QWidget *view = option.widget;
    const int width = view ? std::max(200, view->width() - 40) : 800;
    document.setTextWidth(width - 2 * padding);
    return QSize(width, int(document.size().height()) + 2 * padding);
}

} // namespace meldpunt
