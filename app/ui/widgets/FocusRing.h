#pragma once

#include <QColor>
#include <QPointer>
#include <QWidget>

namespace meldpunt {

/// A ring drawn just outside whichever widget has the keyboard focus, in every window of the
/// application: 3 px wide, in a colour with at least 3:1 contrast against the page around it
/// (WCAG 2.4.11 and 2.4.13). It is drawn on the page, not on the control, so it shows as well
/// on a filled button as on an outlined one, and in both themes.
///
///     FocusRing::follow(QColor("#17262d"));  // from now on, the focused widget has a ring
class FocusRing : public QWidget
{
    Q_OBJECT

public:
    /// Starts (or recolours) the ring that follows the focus.
    static void follow(const QColor &colour);
    /// The ring now shown, or null (tests).
    static FocusRing *current();

    static constexpr int width = 3;
    /// The gap between the control and the ring.
    static constexpr int offset = 2;

    QWidget *target() const { return m_target; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FocusRing(QWidget *parent);
    void setTarget(QWidget *target);
    void place();

    QPointer<QWidget> m_target;
    QColor m_colour;
};

} // namespace meldpunt
