#include "KioskController.h"

#include "AdminPinDialog.h"
#include "IdleOverlay.h"
#include "MainWindow.h"
#include "NeutralScreen.h"
#include "PinHash.h"
#include "TouchKeyboard.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

namespace meldpunt {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

void clearClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
}

} // namespace

KioskController::KioskController(MainWindow &window, Settings settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(std::move(settings))
    , m_idle(new IdleOverlay(&window))
    , m_neutral(new NeutralScreen(m_settings.neutralText, &window))
    , m_admin(new AdminPinDialog(&window))
    , m_keyboard(new TouchKeyboard(window.searchField(), m_settings.touchKeyboard))
{
    window.setTouchKeyboard(m_keyboard);
    window.quickExitButton()->show();
    connect(&window, &MainWindow::quickExitRequested, this, &KioskController::quickExit);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_settings.idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &KioskController::onIdle);
    connect(m_idle, &IdleOverlay::continued, this, &KioskController::noteInput);
    connect(m_idle, &IdleOverlay::expired, this, &KioskController::wipe);
    connect(m_neutral, &NeutralScreen::dismissed, this, [this] {
        m_window.setWindowTitle(m_windowTitle);
        m_window.searchField()->setFocus();
    });
    connect(m_admin, &AdminPinDialog::pinEntered, this, &KioskController::onPinEntered);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [] { clearClipboard(); });

    qApp->installEventFilter(this);
}

KioskController::~KioskController()
{
    qApp->removeEventFilter(this);
}

bool KioskController::isLockdownKey(const QKeyEvent &event) const
{
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    const int key = event.key();
    if (key == Qt::Key_F4 && (modifiers & Qt::AltModifier))
        return true;
    if ((modifiers & Qt::ControlModifier) && (key == Qt::Key_Q || key == Qt::Key_W || key == Qt::Key_F4))
        return true;
    return event.matches(QKeySequence::Quit) || event.matches(QKeySequence::Close);
}

bool KioskController::isAdminChord(const QKeyEvent &event) const
{
    if (m_settings.adminChord.isEmpty())
        return false;
    const QKeyCombination pressed(event.modifiers() & ~Qt::KeypadModifier, Qt::Key(event.key()));
    return pressed == m_settings.adminChord[0];
}

bool KioskController::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();

    if (type == QEvent::Close && watched == &m_window && !m_unlocked) {
        event->ignore();
        return true;
    }
    if (type == QEvent::ContextMenu || type == QEvent::DragEnter || type == QEvent::DragMove
        || type == QEvent::Drop) {
        event->ignore();
        return true;
    }

    if (type == QEvent::ShortcutOverride || type == QEvent::KeyPress) {
        const auto &key = static_cast<const QKeyEvent &>(*event);
        if (isLockdownKey(key)) {
            event->accept();
            return true;
        }
        if (m_admin->isVisible() && key.key() == Qt::Key_Escape) {
            // Before the window's own Escape shortcut ("back") takes it.
            if (type == QEvent::KeyPress)
                m_admin->cancel();
            event->accept();
            return true;
        }
        if (type == QEvent::KeyPress && isAdminChord(key)) {
            if (!m_settings.adminPinHash.isEmpty() && !m_admin->isVisible())
                m_admin->open();
            return true;
        }
    }

    // A key that a shortcut takes (Escape, Back) never arrives as KeyPress: the shortcut
    // map's ShortcutOverride, which Qt itself sends, is the only trace of it.
    const bool keyDown = type == QEvent::ShortcutOverride || (type == QEvent::KeyPress && event->spontaneous());
    if (keyDown || (event->spontaneous() && (type == QEvent::KeyRelease || isInput(type)))) {
        trackShift(*event);
        if (keyDown && !static_cast<const QKeyEvent *>(event)->isAutoRepeat())
            m_keyboard->physicalKeySeen();
        if (isInput(type) || keyDown) {
            if (m_idle->isVisible()) {
                // Any touch or key while counting down continues, and does nothing else.
                if (type != QEvent::MouseMove) {
                    m_idle->continueSession(); // says continued(): the idle timer starts again
                    return true;
                }
            } else if (!m_neutral->isVisible()) {
                noteInput();
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void KioskController::noteInput()
{
    m_idleTimer.start();
}

void KioskController::trackShift(const QEvent &event)
{
    const QEvent::Type type = event.type();
    if (type == QEvent::KeyPress || type == QEvent::ShortcutOverride || type == QEvent::KeyRelease) {
        const auto &key = static_cast<const QKeyEvent &>(event);
        if (key.isAutoRepeat())
            return;
        if (key.key() != Qt::Key_Shift) {
            // A capital letter, a shortcut: not Shift on its own. The same event may pass
            // the filter more than once (window, widget, parents); this is idempotent.
            if (type != QEvent::KeyRelease) {
                m_shiftAlone = false;
                m_shiftCount = 0;
            }
            return;
        }
        if (type != QEvent::KeyRelease) {
            m_shiftDown = true;
            m_shiftAlone = true;
            return;
        }
        // Counted once per release, however many receivers see the event.
        if (!m_shiftDown)
            return;
        m_shiftDown = false;
        if (!m_shiftAlone)
            return;
        if (m_shiftCount == 0 || m_firstShift.elapsed() > quickExitWindow.count()) {
            m_shiftCount = 0;
            m_firstShift.start();
        }
        if (++m_shiftCount >= quickExitPresses) {
            m_shiftCount = 0;
            if (!m_neutral->isVisible())
                quickExit();
        }
        return;
    }
    if (type == QEvent::MouseButtonPress || type == QEvent::TouchBegin) {
        m_shiftAlone = false;
        m_shiftCount = 0;
    }
}

void KioskController::quickExit()
{
    // Wipe first, then cover: both happen before the next paint, so the neutral screen is
    // the first thing drawn and nothing of the session shows in between.
    wipe();
    showNeutral();
}

void KioskController::showNeutral()
{
    m_idleTimer.stop();
    m_neutral->showNow();
    // A task switcher or a screen reader shows the title too: it names nothing either.
    m_windowTitle = m_window.windowTitle();
    m_window.setWindowTitle(m_neutral->accessibleName());
}

void KioskController::onIdle()
{
    if (m_neutral->isVisible() || m_admin->isVisible())
        return;
    m_idle->start(m_settings.countdownSeconds, m_settings.countdownStep);
}

void KioskController::wipe()
{
    m_idleTimer.stop();
    m_idle->stop();
    m_admin->close();
    if (m_neutral->isVisible()) {
        m_neutral->hide();
        m_window.setWindowTitle(m_windowTitle);
    }
    m_shiftCount = 0;
    m_window.resetSession();
    clearClipboard();
    Q_EMIT sessionWiped();
}

void KioskController::onPinEntered(const QString &pin)
{
    // Guessing at the terminal is slowed down; argon2id already makes each try cost time.
    if (m_wrongPins >= pinTries) {
        if (m_pinLockedSince.elapsed() < pinLockout.count()) {
            m_admin->showLockedOut();
            return;
        }
        m_wrongPins = 0;
    }
    if (!PinHash::verify(pin, m_settings.adminPinHash)) {
        if (++m_wrongPins >= pinTries) {
            m_pinLockedSince.start();
            m_admin->showLockedOut();
        } else {
            m_admin->showWrongPin();
        }
        return;
    }
    m_wrongPins = 0;
    m_admin->close();
    m_unlocked = true;
    Q_EMIT unlocked();
    wipe();
    QCoreApplication::quit();
}

} // namespace meldpunt
