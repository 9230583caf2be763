#pragma once

#include "Overlay.h"

#include <QTimer>

class QInputEvent;
class QLabel;

namespace meldpunt {

/// What quick exit shows at once: a plain welcome and the time, in plain colours, naming
/// nothing of the app's topic (not even in its accessible names). The administrator may set
/// its text (config `neutral-text`). A touch, a click, Enter or Space says dismissed().
class NeutralScreen : public Overlay
{
    Q_OBJECT

public:
    NeutralScreen(const QString &text, QWidget *parent);

    /// Shows it over everything. shownFor: when the input that asked for it happened
    /// (QInputEvent::timestamp(), 0 when not known). A click, touch or key stamped before
    /// that is not a visitor's answer to this screen, however late it arrives (Qt's xcb
    /// plugin can hand over a click after the Shifts pressed after it): it does not dismiss.
    void showNow(quint64 shownFor = 0);
    /// Paints it now, on the screen before this returns (after showNow(): a quick exit shows
    /// it before the wipe starts).
    void paintNow();
    QString text() const;

Q_SIGNALS:
    void dismissed();

protected:
    void touched() override;
    void retranslate() override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void dismiss();
    /// Input from before the quick exit: not an answer to this screen.
    bool fromBefore(const QInputEvent &event) const;

    QString m_configuredText;
    quint64 m_shownFor = 0;
    QTimer m_clock;
    QLabel *m_welcome;
    QLabel *m_time;
    QLabel *m_hint;
};

} // namespace meldpunt
