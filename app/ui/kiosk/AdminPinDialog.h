#pragma once

#include "Overlay.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace meldpunt {

/// Where the administrator types the PIN after the admin chord, inside the kiosk window.
/// It only collects the PIN; KioskController checks it.
class AdminPinDialog : public Overlay
{
    Q_OBJECT

public:
    explicit AdminPinDialog(QWidget *parent);

    void open();
    void close();
    void showWrongPin();
    void showLockedOut();
    /// Closes it and says cancelled(), as its Cancel button does.
    void cancel();
    QLineEdit *pinField() const { return m_pin; }

Q_SIGNALS:
    void pinEntered(const QString &pin);
    void cancelled();

protected:
    void retranslate() override;

private:

    QLabel *m_title;
    QLabel *m_message;
    QLineEdit *m_pin;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace meldpunt
