#pragma once

#include <QObject>

class QAbstractButton;

namespace meldpunt {

/// Enter and Return press a button as Space does. Qt gives Enter to push buttons only in a
/// dialog; a keyboard user on the kiosk presses Enter on a tile, so expects it of Back,
/// the language buttons and Snel weg too.
///
///     EnterClicks::add(backButton);   // Enter on Back => Back's clicked()
class EnterClicks : public QObject
{
public:
    /// From now on Enter presses `button` (the filter is the button's child).
    static void add(QAbstractButton *button);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace meldpunt
