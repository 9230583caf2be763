#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace meldpunt {

namespace {

bool isGap(const QLayoutItem *item)
{
    return dynamic_cast<const QSpacerItem *>(item) != nullptr;
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addSpacing(int size)
{
    addItem(new QSpacerItem(size, 0, QSizePolicy::Fixed, QSizePolicy::Minimum));
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (isGap(item)) {
            width += item->sizeHint().width();
            continue;
        }
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + spacing();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(std::max(0, width - spacing()) + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

QSize FlowLayout::minimumSize() const
{
    // The widest item on a line of its own.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty() && !isGap(item))
            size = size.expandedTo(item->sizeHint());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();

    // Break the items into lines, each as wide as fits.
    struct Placed
    {
        QLayoutItem *item;
        int before; ///< room before it on its line
    };
    struct Line
    {
        QList<Placed> items;
        int width = 0;
        int height = 0;
    };
    QList<Line> lines(1);
    int extraGap = 0;
    for (QLayoutItem *item : m_items) {
        if (isGap(item)) {
            extraGap += item->sizeHint().width();
            continue;
        }
        if (item->isEmpty()) // a hidden widget
            continue;
        const QSize size = item->sizeHint();
        int before = lines.last().items.isEmpty() ? 0 : gap + extraGap;
        if (!lines.last().items.isEmpty() && lines.last().width + before + size.width() > area.width()) {
            lines.append(Line {});
            before = 0; // a gap at the start of a line is dropped
        }
        Line &line = lines.last();
        line.items.append({ item, before });
        line.width += before + size.width();
        line.height = std::max(line.height, size.height());
        extraGap = 0;
    }

    const Qt::LayoutDirection direction = parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight;
    int y = area.top();
    for (const Line &line : lines) {
        if (line.items.isEmpty())
            continue;
        if (apply) {
            // Aligned to the trailing edge: right, or left in a right-to-left layout.
            int x = area.right() + 1 - line.width;
            for (const Placed &placed : line.items) {
                x += placed.before;
                const QSize size = placed.item->sizeHint();
                const QRect logical(x, y + (line.height - size.height()) / 2, size.width(), size.height());
                placed.item->setGeometry(QStyle::visualRect(direction, rect, logical));
                x += size.width();
            }
        }
        y += line.height + gap;
    }
    const QMargins margins = contentsMargins();
    return std::max(0, y - gap - area.top()) + margins.top() + margins.bottom();
}

} // namespace meldpunt
