#pragma once

#include "Overlay.h"

#include <QTimer>

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

    void showNow();
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

private:
    void dismiss();

    QString m_configuredText;
    QTimer m_clock;
    QLabel *m_welcome;
    QLabel *m_time;
    QLabel *m_hint;
};

} // namespace meldpunt
