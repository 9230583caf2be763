#pragma once

#include "KioskConfig.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace meldpunt {

/// An on-screen keyboard for the search field, for terminals without a keyboard: letters
/// with ë, é, ï and ü, backspace, clear, space, a search key, and a key to put it away. Its
/// keys never take the focus, so the text goes where the cursor is. It shows while the
/// search field has the focus: always (On), until a physical key is pressed (Auto), or never
/// (Off).
///
/// It takes a fixed share of the window's height (heightFor()) in three rows of keys that
/// never overlap and never get smaller than 48 px; when the window is too short for the
/// keyboard and a first result together, it says so above its keys (setRoomTooSmall()).
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
    /// The key that types `text` ("a", "ë", "space", "backspace", "clear", "search", "hide"),
    /// or null.
    QPushButton *key(const QString &name) const;

    /// The smallest a key gets, in either direction (a touch target).
    static constexpr int minimumKeySize = 48;
    /// The share of the window's height the keyboard takes, in percent, as long as its keys
    /// stay between minimumKeySize and maximumKeyHeight.
    static constexpr int heightShare = 30;
    static constexpr int maximumKeyHeight = 96;

    /// The height of one row of keys in a window of that size.
    ///     keyHeightFor({1024, 600}) => 50;  keyHeightFor({1920, 1080}) => 96
    static int keyHeightFor(const QSize &window);
    /// The keyboard's height (without the notice) in a window of that size.
    ///     heightFor({1024, 600}) => 178
    static int heightFor(const QSize &window);

    /// The window is too short for the keyboard and what it searches: show a line that says
    /// so and points at the hide key.
    void setRoomTooSmall(bool tooSmall);
    bool roomTooSmall() const { return m_roomTooSmall; }
    /// The page the results show on: when it is shorter than `leastHeight()` (asked each
    /// time: it follows the text size and the hits) while the keyboard shows, the keyboard
    /// says that the room is too small.
    ///     watchPageArea(stack, [] { return 180; })
    void watchPageArea(QWidget *area, std::function<int()> leastHeight);
    /// Checks the room again: the page shows other hits, or another text size.
    void checkRoom();
    /// A widget that gives its room to the keyboard: hidden while the keyboard shows, shown
    /// while it does not (the window's footer, so that the results keep their room).
    void hideWhileShown(QWidget *widget);

Q_SIGNALS:
    /// The search key: open the first result, as Enter in the search field does.
    void searchRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Key
    {
        QPushButton *button;
        int row;
        double units; ///< width in key widths
    };

    QPushButton *addKey(const QString &name, const QString &label, int row, double units);
    void press(const QString &name);
    void updateVisibility();
    /// Follows the height of the window it is in, from now on.
    void followWindow();
    void updateHeight();
    void placeKeys();
    /// The label size for a key: `largest`, or less for a word that would not fit its key.
    int labelSize(const QPushButton *button, int largest);
    void retranslate();

    QPointer<QLineEdit> m_target;
    QPointer<QWidget> m_window; ///< whose height the keyboard follows
    QPointer<QWidget> m_pageArea;
    QPointer<QWidget> m_givesRoom; ///< hidden while the keyboard shows
    std::function<int()> m_pageAreaLeast;
    KioskConfig::TouchKeyboard m_mode;
    bool m_physicalKeySeen = false;
    bool m_roomTooSmall = false;
    QLabel *m_notice;
    QList<Key> m_keys;
    int m_fontKeyHeight = 0; ///< the key height the labels' fonts were chosen for
    QHash<QString, qreal> m_referenceWidths; ///< a label's width at 100 px, by font and text
};

} // namespace meldpunt
