#include "AdminExit.h"

#include "AdminPinDialog.h"
#include "PinHash.h"

#include <QApplication>
#include <QKeyEvent>

namespace meldpunt {

AdminExit::AdminExit(QWidget &window, QKeySequence chord, QString pinHash, MonotonicClock clock, QObject *parent)
    : QObject(parent)
    , m_chord(std::move(chord))
    , m_pinHash(std::move(pinHash))
    , m_limiter(std::move(clock))
    , m_dialog(new AdminPinDialog(&window))
{
    connect(m_dialog, &AdminPinDialog::pinEntered, this, &AdminExit::check);
    qApp->installEventFilter(this);
}

AdminExit::~AdminExit()
{
    qApp->removeEventFilter(this);
}

bool AdminExit::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto &key = static_cast<const QKeyEvent &>(*event);
    if (m_dialog->isVisible() && key.key() == Qt::Key_Escape) {
        if (type == QEvent::KeyPress)
            m_dialog->cancel();
        event->accept();
        return true;
    }
    if (type == QEvent::KeyPress && !m_chord.isEmpty()
        && QKeyCombination(key.modifiers() & ~Qt::KeypadModifier, Qt::Key(key.key())) == m_chord[0]) {
        if (!m_pinHash.isEmpty() && !m_dialog->isVisible())
            m_dialog->open();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void AdminExit::check(const QString &pin)
{
    // argon2id already makes each try cost time; the limiter makes many tries cost minutes.
    if (!m_limiter.mayTry()) {
        m_dialog->showLockedOut();
        return;
    }
    if (!PinHash::verify(pin, m_pinHash)) {
        if (m_limiter.failed())
            m_dialog->showLockedOut();
        else
            m_dialog->showWrongPin();
        return;
    }
    m_limiter.succeeded();
    m_dialog->close();
    Q_EMIT unlocked();
}

} // namespace meldpunt
