#include "TouchKeyboard.h"

#include "WrappedLabel.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>

#include <algorithm>
#include <cmath>

namespace meldpunt {

namespace {

constexpr int rowCount = 3;
constexpr int unitsPerRow = 13;
// Keys stay this far apart, so that a finger between two keys hits neither by surprise.
constexpr int gap = 8;
constexpr int sideMargin = 16;
constexpr int verticalMargin = 8;

} // namespace

TouchKeyboard::TouchKeyboard(QLineEdit *target, KioskConfig::TouchKeyboard mode, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_mode(mode)
    , m_notice(new WrappedLabel(this))
{
    setObjectName(QStringLiteral("touchKeyboard"));
    setAttribute(Qt::WA_StyledBackground);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    if (m_mode == KioskConfig::TouchKeyboard::Auto)
        qApp->installEventFilter(this);
    m_notice->setObjectName(QStringLiteral("keyboardNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->hide();
    // A new text size reaches the notice's font after the keyboard took its height: take it
    // again then, so that a notice that now wraps gets its second line.
    m_notice->installEventFilter(this);

    // Three rows of thirteen key widths each: every key has room, and the keyboard keeps
    // most of a short screen for the field and the results.
    const QStringList letterRows { QStringLiteral("qwertyuiopëé"), QStringLiteral("asdfghjklïü"),
                                   QStringLiteral("zxcvbnm") };
    for (const QChar letter : letterRows[0])
        addKey(QString(letter), QString(letter), 0, 1);
    addKey(QStringLiteral("backspace"), QStringLiteral("⌫"), 0, 1);
    for (const QChar letter : letterRows[1])
        addKey(QString(letter), QString(letter), 1, 1);
    addKey(QStringLiteral("search"), {}, 1, 2)->setProperty("primaryKey", true);
    addKey(QStringLiteral("clear"), {}, 2, 1.5);
    for (const QChar letter : letterRows[2])
        addKey(QString(letter), QString(letter), 2, 1);
    addKey(QStringLiteral("space"), {}, 2, 2.5);
    addKey(QStringLiteral("hide"), {}, 2, 2);
    for (const Key &key : std::as_const(m_keys)) {
        if (key.units > 1)
            key.button->setProperty("wide", true);
    }

    connect(qApp, &QApplication::focusChanged, this, &TouchKeyboard::updateVisibility);
    retranslate();
    hide();
    // Made in its window (cheaper than moved there later): as if it had been moved.
    if (parentWidget())
        followWindow();
}

void TouchKeyboard::followWindow()
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = parentWidget() ? window() : nullptr;
    if (m_window && m_window != this)
        m_window->installEventFilter(this);
    else
        m_window = nullptr;
    updateHeight();
    updateVisibility();
}

QPushButton *TouchKeyboard::addKey(const QString &name, const QString &label, int row, double units)
{
    auto *key = new QPushButton(label, this);
    key->setObjectName(QStringLiteral("touchKey"));
    key->setProperty("key", name);
    // The cursor stays in the search field.
    key->setFocusPolicy(Qt::NoFocus);
    key->setAutoRepeat(name == u"backspace");
    connect(key, &QPushButton::clicked, this, [this, name] { press(name); });
    m_keys.append({ key, row, units });
    return key;
}

QPushButton *TouchKeyboard::key(const QString &name) const
{
    for (const Key &candidate : m_keys) {
        if (candidate.button->property("key").toString() == name)
            return candidate.button;
    }
    return nullptr;
}

int TouchKeyboard::keyHeightFor(const QSize &window)
{
    const int share = window.height() * heightShare / 100;
    const int rows = (share - 2 * verticalMargin - (rowCount - 1) * gap) / rowCount;
    return std::clamp(rows, minimumKeySize, maximumKeyHeight);
}

int TouchKeyboard::heightFor(const QSize &window)
{
    return 2 * verticalMargin + rowCount * keyHeightFor(window) + (rowCount - 1) * gap;
}

void TouchKeyboard::press(const QString &name)
{
    if (!m_target)
        return;
    if (name == u"hide") {
        m_target->clearFocus();
        updateVisibility();
    } else if (name == u"search") {
        Q_EMIT searchRequested();
    } else if (name == u"backspace") {
        m_target->backspace();
    } else if (name == u"clear") {
        m_target->clear();
    } else if (name == u"space") {
        m_target->insert(QStringLiteral(" "));
    } else {
        m_target->insert(name);
    }
}

void TouchKeyboard::physicalKeySeen()
{
    if (m_physicalKeySeen)
        return;
    m_physicalKeySeen = true;
    qApp->removeEventFilter(this);
    updateVisibility();
}

void TouchKeyboard::reset()
{
    if (m_mode != KioskConfig::TouchKeyboard::Auto || !m_physicalKeySeen)
        return;
    m_physicalKeySeen = false;
    qApp->installEventFilter(this);
    updateVisibility();
}

bool TouchKeyboard::wanted() const
{
    switch (m_mode) {
    case KioskConfig::TouchKeyboard::On:
        return true;
    case KioskConfig::TouchKeyboard::Auto:
        return !m_physicalKeySeen;
    case KioskConfig::TouchKeyboard::Off:
        return false;
    }
    return false;
}

void TouchKeyboard::setRoomTooSmall(bool tooSmall)
{
    if (m_roomTooSmall == tooSmall)
        return;
    m_roomTooSmall = tooSmall;
    m_notice->setVisible(tooSmall);
    // Not now: this comes from the page's resize while the window's layout is placing it, and
    // a height changed then is lost (the layout counts as done when it finishes).
    QMetaObject::invokeMethod(this, &TouchKeyboard::updateHeight, Qt::QueuedConnection);
}

void TouchKeyboard::watchPageArea(QWidget *area, std::function<int()> leastHeight)
{
    if (m_pageArea)
        m_pageArea->removeEventFilter(this);
    m_pageArea = area;
    m_pageAreaLeast = std::move(leastHeight);
    if (area)
        area->installEventFilter(this);
    checkRoom();
}

void TouchKeyboard::checkRoom()
{
    if (!isVisible() || !m_pageArea || !m_pageArea->isVisible()) {
        setRoomTooSmall(false);
        return;
    }
    // The page's height as it would be without the notice, so that the notice's own room
    // never makes it come and go.
    int height = m_pageArea->height();
    if (m_roomTooSmall)
        height += m_notice->height() + gap;
    setRoomTooSmall(m_pageAreaLeast && height < m_pageAreaLeast());
}

void TouchKeyboard::hideWhileShown(QWidget *widget)
{
    m_givesRoom = widget;
    if (widget)
        widget->setVisible(!isVisible());
}

void TouchKeyboard::showEvent(QShowEvent *event)
{
    if (m_givesRoom)
        m_givesRoom->hide();
    QWidget::showEvent(event);
}

void TouchKeyboard::hideEvent(QHideEvent *event)
{
    if (m_givesRoom)
        m_givesRoom->show();
    QWidget::hideEvent(event);
}

void TouchKeyboard::updateVisibility()
{
    // Without a parent it would become a window of its own.
    if (!parentWidget())
        return;
    const bool show = wanted() && m_target && m_target->hasFocus();
    setVisible(show);
    if (!show)
        setRoomTooSmall(false);
}

void TouchKeyboard::updateHeight()
{
    if (!m_window)
        return;
    int height = heightFor(m_window->size());
    // A hidden label has not met the style sheet yet: its font (the text size) first.
    m_notice->ensurePolished();
    if (m_roomTooSmall)
        height += m_notice->heightForWidth(std::max(1, width() - 2 * sideMargin)) + gap;
    setFixedHeight(height);
    placeKeys();
}

void TouchKeyboard::placeKeys()
{
    if (!m_window)
        return;
    const int keyHeight = keyHeightFor(m_window->size());
    // Keys no wider than a little more than tall, so that a wide screen gets a keyboard of
    // sensible proportions in the middle.
    const double fitted = double(width() - 2 * sideMargin - (unitsPerRow - 1) * gap) / unitsPerRow;
    const double unit = std::max(double(minimumKeySize), std::min(fitted, keyHeight * 1.6));
    const double rowWidth = unit * unitsPerRow + gap * (unitsPerRow - 1);
    const double left = (width() - rowWidth) / 2;
    int top = verticalMargin;
    if (m_roomTooSmall) {
        const int noticeHeight = m_notice->heightForWidth(std::max(1, width() - 2 * sideMargin));
        m_notice->setGeometry(sideMargin, verticalMargin, width() - 2 * sideMargin, noticeHeight);
        top += noticeHeight + gap;
    }

    // Each key's edges come from its place in the row in key widths, rounded once, so that
    // neighbours never overlap and the gaps stay equal.
    double position[rowCount] = { 0, 0, 0 };
    for (const Key &key : std::as_const(m_keys)) {
        const double start = left + position[key.row] * (unit + gap);
        const double end = start + key.units * unit + (key.units - 1) * gap;
        position[key.row] += key.units;
        const int x = int(std::lround(start));
        key.button->setGeometry(x, top + key.row * (keyHeight + gap), int(std::lround(end)) - x, keyHeight);
    }

    if (m_fontKeyHeight == keyHeight)
        return;
    m_fontKeyHeight = keyHeight;
    // Labels grow with the keys; a word shrinks until it fits its key.
    const int letterSize = std::clamp(keyHeight * 45 / 100, 18, 44);
    for (const Key &key : std::as_const(m_keys)) {
        const int size = labelSize(key.button, key.units > 1 ? letterSize * 3 / 4 : letterSize);
        if (key.button->property("labelSize").toInt() == size)
            continue; // a style sheet of its own re-polishes the key
        key.button->setProperty("labelSize", size);
        key.button->setStyleSheet(QStringLiteral("font-size: %1px;").arg(size));
    }
}

int TouchKeyboard::labelSize(const QPushButton *button, int largest)
{
    constexpr int smallest = 12;
    constexpr int referenceSize = 100;
    const int room = button->width() - 12;
    QFont font = button->font();
    font.setWeight(QFont::Bold); // as the style sheet gives the keys
    // Every font size a word is measured at is a font to find and load (a tenth of the
    // start-up each few sizes): a word is measured once at one size, and its width at any
    // other follows from that, since advances grow in step with the size.
    font.setPixelSize(referenceSize);
    const QString key = font.key() + u'\n' + button->text();
    auto found = m_referenceWidths.constFind(key);
    if (found == m_referenceWidths.constEnd())
        found = m_referenceWidths.insert(key, QFontMetricsF(font).horizontalAdvance(button->text()));
    int size = largest;
    if (*found > 0)
        size = std::clamp(int(room * referenceSize / *found), smallest, largest);
    // Only a word that had to shrink is checked at its own size: rounding may cost it a pixel.
    while (size < largest && size > smallest) {
        font.setPixelSize(size);
        if (QFontMetrics(font).horizontalAdvance(button->text()) <= room)
            break;
        --size;
    }
    return size;
}

void TouchKeyboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_fontKeyHeight = 0; // key widths changed: the words may need other sizes
    placeKeys();
}

bool TouchKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    // A key that a shortcut takes never arrives as KeyPress: ShortcutOverride is its trace.
    const bool keyDown = event->type() == QEvent::ShortcutOverride
        || (event->type() == QEvent::KeyPress && event->spontaneous());
    if (keyDown && !static_cast<const QKeyEvent *>(event)->isAutoRepeat())
        physicalKeySeen();
    if (watched == m_notice && event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(this, &TouchKeyboard::updateHeight, Qt::QueuedConnection);
    else if (watched == m_window && event->type() == QEvent::Resize)
        updateHeight();
    else if (watched == m_pageArea && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        checkRoom();
    return QWidget::eventFilter(watched, event);
}

void TouchKeyboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::ParentChange) {
        followWindow();
    }
    QWidget::changeEvent(event);
}

void TouchKeyboard::retranslate()
{
    setAccessibleName(tr("On-screen keyboard"));
    key(QStringLiteral("backspace"))->setAccessibleName(tr("Delete the last letter"));
    key(QStringLiteral("clear"))->setText(tr("Clear"));
    key(QStringLiteral("clear"))->setAccessibleName(tr("Clear the search field"));
    key(QStringLiteral("space"))->setText(tr("space", "the space bar of the on-screen keyboard"));
    key(QStringLiteral("space"))->setAccessibleName(tr("Space"));
    //: The on-screen keyboard's Enter key: it opens the first result
    key(QStringLiteral("search"))->setText(tr("Open ↵"));
    key(QStringLiteral("search"))->setAccessibleName(tr("Open the first result"));
    key(QStringLiteral("hide"))->setText(tr("Hide"));
    key(QStringLiteral("hide"))->setAccessibleName(tr("Hide the on-screen keyboard"));
    for (const Key &key : std::as_const(m_keys)) {
        if (key.button->accessibleName().isEmpty())
            key.button->setAccessibleName(key.button->text());
    }
    //: One short line above the on-screen keyboard; "Hide" is the keyboard's key of that name
    m_notice->setText(tr("Too little room for the results: tap “Hide”."));
    m_fontKeyHeight = 0; // new words may need other sizes
    placeKeys();
}

} // namespace meldpunt
