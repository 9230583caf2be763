#pragma once

#include <QWidget>

class QVBoxLayout;

namespace meldpunt {

/// A widget that covers the whole of its parent and follows its size: the base of the kiosk's
/// screens on top of the window (idle countdown, neutral screen, administrator's PIN). It
/// stays inside the one full-screen window, so no new window appears or animates.
class Overlay : public QWidget
{
    Q_OBJECT

public:
    explicit Overlay(QWidget *parent);

    /// Shows it above everything else in the window.
    void cover();

protected:
    /// A panel of the given width in the middle of the overlay; returns its layout.
    QVBoxLayout *addCentredPanel(int width, int margin, int spacing);

    /// A touch or a click on the overlay; nothing by default.
    virtual void touched() {}
    /// Sets every text in the current language; called on each language change.
    virtual void retranslate() {}

    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace meldpunt
