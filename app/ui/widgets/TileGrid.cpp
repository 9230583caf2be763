#include "TileGrid.h"

#include <QFontInfo>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace meldpunt {

TileGrid::TileGrid(int maximumColumns, QWidget *parent)
    : QLayout(parent)
    , m_maximumColumns(std::max(1, maximumColumns))
{
    setContentsMargins(0, 0, 0, 0);
}

TileGrid::~TileGrid()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

int TileGrid::columnsFor(int width, int maximum, int textPixelSize)
{
    const int least = textPixelSize * 18;
    return std::clamp((width + gap) / (least + gap), 1, std::max(1, maximum));
}

void TileGrid::clear()
{
    while (QLayoutItem *item = takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void TileGrid::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

QLayoutItem *TileGrid::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int TileGrid::textPixelSize() const
{
    const QWidget *widget = parentWidget();
    return widget ? QFontInfo(widget->font()).pixelSize() : 19;
}

int TileGrid::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize TileGrid::sizeHint() const
{
    return minimumSize();
}

QSize TileGrid::minimumSize() const
{
    // One column at its least width; wider screens get more columns.
    const int least = textPixelSize() * 18;
    return QSize(std::min(least, 240), heightForWidth(least));
}

void TileGrid::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int TileGrid::arrange(const QRect &rect, bool apply) const
{
    QList<QLayoutItem *> shown;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            shown << item;
    }
    if (shown.isEmpty())
        return 0;
    const int columns = columnsFor(rect.width(), m_maximumColumns, textPixelSize());
    const int width = std::max(1, (rect.width() - (columns - 1) * gap) / columns);
    int y = rect.y();
    for (qsizetype first = 0; first < shown.size(); first += columns) {
        int rowHeight = 0;
        const qsizetype last = std::min<qsizetype>(first + columns, shown.size());
        for (qsizetype i = first; i < last; ++i) {
            QLayoutItem *item = shown[i];
            // The widget's own heightForWidth: a layout item asks the widget's layout instead,
            // which knows nothing of a tile's least height.
            const QWidget *widget = item->widget();
            const int height = widget && widget->hasHeightForWidth() ? widget->heightForWidth(width)
                : item->hasHeightForWidth()                          ? item->heightForWidth(width)
                                                                     : item->sizeHint().height();
            rowHeight = std::max(rowHeight, std::max(height, item->minimumSize().height()));
        }
        if (apply) {
            for (qsizetype i = first; i < last; ++i) {
                const int column = int(i - first);
                QRect cell(rect.x() + column * (width + gap), y, width, rowHeight);
                // Mirrored in a right-to-left layout.
                cell = QStyle::visualRect(parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight, rect, cell);
                shown[i]->setGeometry(cell);
            }
        }
        y += rowHeight + (last < shown.size() ? gap : 0);
    }
    return y - rect.y();
}

} // namespace meldpunt
