#include "NeutralScreen.h"

#include "EventTime.h"
#include "WrappedLabel.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace meldpunt {

NeutralScreen::NeutralScreen(const QString &text, QWidget *parent)
    : Overlay(parent)
    , m_configuredText(text)
    , m_welcome(new WrappedLabel)
    , m_time(new WrappedLabel)
    , m_hint(new WrappedLabel)
{
    setObjectName(QStringLiteral("neutralScreen"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setFocusPolicy(Qt::StrongFocus);
    for (QLabel *label : { m_welcome, m_time, m_hint }) {
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_welcome->setObjectName(QStringLiteral("neutralWelcome"));
    m_time->setObjectName(QStringLiteral("neutralTime"));
    m_hint->setObjectName(QStringLiteral("neutralHint"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 64, 64, 64);
    layout->setSpacing(24);
    layout->addStretch(2);
    layout->addWidget(m_welcome);
    layout->addWidget(m_time);
    layout->addStretch(3);
    layout->addWidget(m_hint);

    connect(&m_clock, &QTimer::timeout, this, &NeutralScreen::retranslate);
    retranslate();
}

void NeutralScreen::showNow(quint64 shownFor)
{
    m_shownFor = shownFor;
    retranslate();
    cover();
    setFocus();
    // Every key comes here until it is dismissed: nothing typed or tabbed reaches the
    // window underneath (a keyboard grab is not there on every platform; this is).
    qApp->installEventFilter(this);
    m_clock.start(std::chrono::seconds(10));
}

void NeutralScreen::paintNow()
{
    // The texts just set have not been laid out yet: that waits for a posted event.
    if (QLayout *box = layout())
        box->activate();
    repaint();
}

QString NeutralScreen::text() const
{
    return m_welcome->text() + u'\n' + m_time->text() + u'\n' + m_hint->text();
}

void NeutralScreen::dismiss()
{
    if (!isVisible())
        return;
    m_clock.stop();
    hide();
    Q_EMIT dismissed();
}

bool NeutralScreen::fromBefore(const QInputEvent &event) const
{
    return eventTimeBefore(event.timestamp(), m_shownFor);
}

bool NeutralScreen::event(QEvent *event)
{
    if (event->type() == QEvent::TouchBegin && fromBefore(static_cast<const QInputEvent &>(*event))) {
        event->accept();
        return true;
    }
    return Overlay::event(event);
}

void NeutralScreen::mousePressEvent(QMouseEvent *event)
{
    if (!fromBefore(*event))
        Overlay::mousePressEvent(event);
}

void NeutralScreen::keyPressEvent(QKeyEvent *event)
{
    if (fromBefore(*event))
        return;
    // Only deliberate keys: a visitor still pressing Shift must not land back on the app.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        dismiss();
}

bool NeutralScreen::focusNextPrevChild(bool)
{
    return true; // Tab stays here
}

void NeutralScreen::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(this);
    Overlay::hideEvent(event);
}

bool NeutralScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != this && isVisible()) {
        switch (event->type()) {
        case QEvent::ShortcutOverride:
            // Taken: no shortcut of the window underneath fires; the key comes as KeyPress.
            event->accept();
            return true;
        case QEvent::KeyPress:
            keyPressEvent(static_cast<QKeyEvent *>(event));
            return true;
        case QEvent::KeyRelease:
        case QEvent::InputMethod:
            return true;
        default:
            break;
        }
    }
    return Overlay::eventFilter(watched, event);
}

void NeutralScreen::touched()
{
    dismiss();
}

void NeutralScreen::retranslate()
{
    m_welcome->setText(m_configuredText.isEmpty() ? tr("Welcome", "the neutral screen after quick exit; names nothing of the app")
                                                  : m_configuredText);
    m_time->setText(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm")));
    m_hint->setText(tr("Touch the screen to start"));
    setAccessibleName(m_welcome->text());
}

} // namespace meldpunt
