#pragma once

#include "KioskConfig.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace meldpunt {

/// An on-screen keyboard for the search field, for terminals without a keyboard: letters
/// with ë, é, ï and ü, space, backspace, clear, and a key to put it away. Its keys never take
/// the focus, so the text goes where the cursor is. It shows while the search field has the
/// focus: always (On), until a physical key is pressed (Auto), or never (Off).
class TouchKeyboard : public QWidget
{
    Q_OBJECT

public:
    TouchKeyboard(QLineEdit *target, KioskConfig::TouchKeyboard mode, QWidget *parent = nullptr);

    /// A key on a real keyboard was pressed: in Auto mode the touch keyboard goes away.
    void physicalKeySeen();
    /// As at the start, for the next visitor: in Auto mode it shows again until a key is pressed.
    void reset();
    bool wanted() const;
    /// The key that types `text` ("a", "ë", "space", "backspace", "clear", "hide"), or null.
    QPushButton *key(const QString &name) const;

    static constexpr int keySize = 60;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPushButton *addKey(const QString &name, const QString &label);
    void press(const QString &name);
    void updateVisibility();
    void retranslate();

    QPointer<QLineEdit> m_target;
    KioskConfig::TouchKeyboard m_mode;
    bool m_physicalKeySeen = false;
    QList<QPushButton *> m_keys;
};

} // namespace meldpunt
