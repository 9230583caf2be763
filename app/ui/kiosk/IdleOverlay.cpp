#include "IdleOverlay.h"

#include "WrappedLabel.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace meldpunt {

IdleOverlay::IdleOverlay(QWidget *parent)
    : Overlay(parent)
    , m_title(new QLabel)
    , m_text(new WrappedLabel)
    , m_count(new QLabel)
    , m_continue(new QPushButton)
{
    setObjectName(QStringLiteral("idleOverlay"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    QVBoxLayout *inner = addCentredPanel(640, 48, 16);
    m_title->setObjectName(QStringLiteral("overlayTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_count->setObjectName(QStringLiteral("overlayCount"));
    m_count->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("overlayText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_continue->setObjectName(QStringLiteral("primary"));
    m_continue->setMinimumHeight(64);
    inner->addWidget(m_title);
    inner->addWidget(m_count);
    inner->addWidget(m_text);
    inner->addSpacing(8);
    inner->addWidget(m_continue);

    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleOverlay::tick);
    connect(m_continue, &QPushButton::clicked, this, &IdleOverlay::continueSession);
    retranslate();
}

void IdleOverlay::start(int seconds, std::chrono::milliseconds step)
{
    m_left = seconds;
    m_focusBefore = QApplication::focusWidget();
    m_timer.start(step);
    retranslate();
    cover();
    m_continue->setFocus();
}

void IdleOverlay::stop()
{
    m_timer.stop();
    hide();
}

void IdleOverlay::tick()
{
    if (--m_left > 0) {
        retranslate();
        return;
    }
    stop();
    Q_EMIT expired();
}

void IdleOverlay::continueSession()
{
    if (!isVisible())
        return;
    stop();
    if (m_focusBefore)
        m_focusBefore->setFocus();
    Q_EMIT continued();
}

void IdleOverlay::touched()
{
    continueSession();
}

void IdleOverlay::retranslate()
{
    m_title->setText(tr("Are you still there?", "asked after a while without touches, before the screen starts over"));
    m_count->setText(QString::number(m_left));
    m_count->setAccessibleName(tr("%n second(s) left", "the countdown, read out by screen readers", m_left));
    m_text->setText(tr("When the count reaches zero, this screen starts over for the next visitor and "
                       "what you searched and read is wiped."));
    m_continue->setText(tr("Yes, I am still here"));
    m_continue->setAccessibleName(m_continue->text());
    setAccessibleName(m_title->text());
}

} // namespace meldpunt
