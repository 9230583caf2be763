#include "FocusRing.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace meldpunt {

namespace {

/// Follows the application's focus and moves the ring to it.
class FocusFollower : public QObject
{
public:
    explicit FocusFollower(QObject *parent)
        : QObject(parent)
    {
        setObjectName(QStringLiteral("focusRingFollower"));
    }
    QColor colour;
    QPointer<FocusRing> ring;
};

FocusFollower *follower()
{
    return qApp ? qApp->findChild<FocusFollower *>(QStringLiteral("focusRingFollower"), Qt::FindDirectChildrenOnly)
                : nullptr;
}

} // namespace

FocusRing::FocusRing(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    // Not part of what a screen reader reads: the focused control is announced itself.
    setAccessibleName(QString());
}

void FocusRing::follow(const QColor &colour)
{
    auto *application = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!application)
        return;
    FocusFollower *state = follower();
    if (!state) {
        state = new FocusFollower(application);
        QObject::connect(application, &QApplication::focusChanged, state, [state](QWidget *, QWidget *now) {
            // A ring needs a page to be drawn on: a window itself gets none.
            QWidget *page = now ? now->parentWidget() : nullptr;
            if (!page || now->focusPolicy() == Qt::NoFocus) {
                if (state->ring)
                    state->ring->setTarget(nullptr);
                return;
            }
            if (!state->ring)
                state->ring = new FocusRing(page);
            else if (state->ring->parentWidget() != page)
                state->ring->setParent(page);
            state->ring->m_colour = state->colour;
            state->ring->setTarget(now);
        });
    }
    state->colour = colour;
    if (state->ring) {
        state->ring->m_colour = colour;
        state->ring->update();
    }
}

FocusRing *FocusRing::current()
{
    FocusFollower *state = follower();
    return state && state->ring && state->ring->isVisible() ? state->ring.data() : nullptr;
}

void FocusRing::setTarget(QWidget *target)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = target;
    if (target)
        target->installEventFilter(this);
    place();
}

void FocusRing::place()
{
    if (!m_target || !m_target->isVisible() || m_target->parentWidget() != parentWidget()) {
        hide();
        return;
    }
    const int outset = offset + width;
    // Around the control; inside its edge where the control fills its page (a scroll area).
    setGeometry(m_target->geometry().adjusted(-outset, -outset, outset, outset) & parentWidget()->rect());
    show();
    raise();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::ParentChange:
            place();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(m_colour, width);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal half = width / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(half, half, -half, -half), 14, 14);
}

} // namespace meldpunt
