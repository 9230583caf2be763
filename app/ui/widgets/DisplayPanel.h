#pragma once

#include "Theme.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;

namespace meldpunt {

/// The header's "Display" choices, the three text sizes and high contrast, in a panel that
/// opens under the button that shows it. So the header keeps one row at every text size and
/// in every language.
///
/// It lives inside the window: a transparent layer over the whole window with the panel on
/// it, not a popup window of its own. So it has no window title, no window manager or
/// compositor shows or animates it, and the kiosk's overlays (idle warning, neutral screen)
/// cover it like the rest of the page. A tap outside the panel, Escape and its Close button
/// close it; while it is open, Tab goes round its controls only; closing gives the focus back
/// to the button that opened it.
///
///     DisplayPanel panel(displayButton, &window);
///     QTest::mouseClick(displayButton, Qt::LeftButton); // => panel.isOpen(), the focus on
///                                                       //    the text size in force
///     QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
///                                                       // => closed, focus on displayButton
class DisplayPanel : public QWidget
{
    Q_OBJECT

public:
    /// anchor: the header's button that opens it (clicking it toggles the panel).
    DisplayPanel(QAbstractButton *anchor, QWidget *window);

    void open();
    /// Closes it; the focus goes back to the anchor when it was inside the panel.
    void dismiss();
    bool isOpen() const { return isVisible(); }
    /// Checks the text size and contrast in force.
    void showTheme(const Theme &theme);

    /// The panel itself (the visible box), for placing and for tests.
    QWidget *panel() const { return m_panel; }
    /// The buttons in Tab order: text sizes, high contrast, close.
    QList<QAbstractButton *> buttons() const;

Q_SIGNALS:
    void textSizeChosen(Theme::TextSize size);
    void highContrastChosen(bool on);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent *event) override;

private:
    void place();
    void retranslate();

    /// A QWidget pointer: its events still reach the filter while it is destroyed, when it
    /// is no longer a QAbstractButton.
    QPointer<QWidget> m_anchor;
    QWidget *m_panel;
    QLabel *m_heading;
    QButtonGroup *m_sizes;
    QPushButton *m_contrast;
    QPushButton *m_close;
};

} // namespace meldpunt
