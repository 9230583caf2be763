#pragma once

#include <QLayout>
#include <QList>

namespace meldpunt {

/// Lays tiles out in columns of one width, as many as fit (at most `maximumColumns`), each
/// at least about 18 letters of the text size wide, so that a long word never gets cut at a
/// larger text size: the page grows taller and scrolls instead. Each row is as tall as its
/// tallest tile's wrapped text.
///
///     TileGrid(3) in 1200 px at 19 px text => 3 columns; at 28 px text => 2 columns
class TileGrid : public QLayout
{
public:
    explicit TileGrid(int maximumColumns, QWidget *parent = nullptr);
    ~TileGrid() override;

    /// How many columns fit in `width` pixels at that text size.
    ///     columnsFor(1200, 3, 19) => 3;  columnsFor(1200, 3, 28) => 2;  columnsFor(300, 3, 19) => 1
    static int columnsFor(int width, int maximum, int textPixelSize);
    static constexpr int gap = 16;

    /// Takes every item out and deletes its widget.
    void clear();

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    int textPixelSize() const;
    /// Places the visible items in rect (when apply) and returns the height they need.
    int arrange(const QRect &rect, bool apply) const;

    int m_maximumColumns;
    QList<QLayoutItem *> m_items;
};

} // namespace meldpunt
