#include "TouchKeyboard.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meldpunt {

TouchKeyboard::TouchKeyboard(QLineEdit *target, KioskConfig::TouchKeyboard mode, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("touchKeyboard"));
    setAttribute(Qt::WA_StyledBackground);
    if (m_mode == KioskConfig::TouchKeyboard::Auto)
        qApp->installEventFilter(this);
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(24, 12, 24, 12);
    rows->setSpacing(8);

    const QStringList letterRows { QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"),
                                   QStringLiteral("zxcvbnm") };
    const QStringList accented { QStringLiteral("ë"), QStringLiteral("é"), QStringLiteral("ï"),
                                 QStringLiteral("ü") };
    for (int r = 0; r < letterRows.size(); ++r) {
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        row->addStretch();
        for (const QChar letter : letterRows[r])
            row->addWidget(addKey(QString(letter), QString(letter)));
        if (r == 0)
            row->addWidget(addKey(QStringLiteral("backspace"), QStringLiteral("⌫")));
        if (r == 2) {
            for (const QString &letter : accented)
                row->addWidget(addKey(letter, letter));
        }
        row->addStretch();
        rows->addLayout(row);
    }
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addStretch();
    QPushButton *clear = addKey(QStringLiteral("clear"), {});
    QPushButton *space = addKey(QStringLiteral("space"), {});
    QPushButton *hideKey = addKey(QStringLiteral("hide"), {});
    // Their widths come from the style sheet (it overrides setMinimumWidth).
    for (QPushButton *wide : { clear, space, hideKey })
        wide->setProperty("wide", true);
    bottom->addWidget(clear);
    bottom->addWidget(space);
    bottom->addWidget(hideKey);
    bottom->addStretch();
    rows->addLayout(bottom);

    connect(qApp, &QApplication::focusChanged, this, &TouchKeyboard::updateVisibility);
    retranslate();
    hide();
}

QPushButton *TouchKeyboard::addKey(const QString &name, const QString &label)
{
    auto *key = new QPushButton(label);
    key->setObjectName(QStringLiteral("touchKey"));
    key->setProperty("key", name);
    // The cursor stays in the search field.
    key->setFocusPolicy(Qt::NoFocus);
    key->setMinimumSize(keySize, keySize);
    key->setAutoRepeat(name == u"backspace");
    connect(key, &QPushButton::clicked, this, [this, name] { press(name); });
    m_keys.append(key);
    return key;
}

QPushButton *TouchKeyboard::key(const QString &name) const
{
    for (QPushButton *candidate : m_keys) {
        if (candidate->property("key").toString() == name)
            return candidate;
    }
    return nullptr;
}

void TouchKeyboard::press(const QString &name)
{
    if (!m_target)
        return;
    if (name == u"hide") {
        m_target->clearFocus();
        updateVisibility();
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

bool TouchKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    // A key that a shortcut takes never arrives as KeyPress: ShortcutOverride is its trace.
    const bool keyDown = event->type() == QEvent::ShortcutOverride
        || (event->type() == QEvent::KeyPress && event->spontaneous());
    if (keyDown && !static_cast<const QKeyEvent *>(event)->isAutoRepeat())
        physicalKeySeen();
    return QWidget::eventFilter(watched, event);
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

void TouchKeyboard::updateVisibility()
{
    // Without a parent it would become a window of its own.
    if (!parentWidget())
        return;
    setVisible(wanted() && m_target && m_target->hasFocus());
}

void TouchKeyboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::ParentChange)
        updateVisibility();
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
    key(QStringLiteral("hide"))->setText(tr("Hide"));
    key(QStringLiteral("hide"))->setAccessibleName(tr("Hide the on-screen keyboard"));
    for (QPushButton *key : m_keys) {
        if (key->accessibleName().isEmpty())
            key->setAccessibleName(key->text());
    }
}

} // namespace meldpunt
