#pragma once

#include <QLayout>
#include <QList>

namespace meldpunt {

/// Lays its items out in a line, aligned to the trailing edge, and wraps onto more lines
/// when they do not fit, instead of squeezing them: a button keeps its whole label however
/// many languages there are, and in any text size. Mirrors in a right-to-left layout.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    /// Extra room before the next item, unless that item starts a line.
    void addSpacing(int size);

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in rect (when apply) and returns the height they need.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace meldpunt
