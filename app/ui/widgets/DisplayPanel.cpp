#include "DisplayPanel.h"

#include "EnterClicks.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace meldpunt {

namespace {

/// Room between the panel and the window's edges, and below its button.
constexpr int edge = 8;

} // namespace

DisplayPanel::DisplayPanel(QAbstractButton *anchor, QWidget *window)
    : QWidget(window)
    , m_anchor(anchor)
    , m_panel(new QWidget(this))
    , m_heading(new QLabel)
    , m_sizes(new QButtonGroup(this))
    , m_contrast(new QPushButton)
    , m_close(new QPushButton)
{
    // The layer itself is transparent: the page shows around the panel.
    setObjectName(QStringLiteral("displayLayer"));
    m_panel->setObjectName(QStringLiteral("displayPanel"));
    m_panel->setAttribute(Qt::WA_StyledBackground);
    m_panel->installEventFilter(this);
    m_heading->setObjectName(QStringLiteral("displayHeading"));

    auto *sizes = new QHBoxLayout;
    sizes->setSpacing(12);
    m_sizes->setExclusive(true);
    const QList<QPair<Theme::TextSize, int>> steps { { Theme::TextSize::Normal, 100 },
                                                     { Theme::TextSize::Large, 120 },
                                                     { Theme::TextSize::Larger, 145 } };
    for (const auto &[size, percent] : steps) {
        auto *button = new QPushButton(QStringLiteral("A"));
        button->setObjectName(u"textSize_" + Theme::textSizeName(size));
        button->setCheckable(true);
        // The letter's own size shows what each step does; it stays the same at every step.
        button->setStyleSheet(QStringLiteral("font-size: %1px;").arg(19 * percent / 100));
        m_sizes->addButton(button, int(size));
        sizes->addWidget(button, 1);
        connect(button, &QPushButton::clicked, this, [this, size = size] { Q_EMIT textSizeChosen(size); });
    }

    m_contrast->setObjectName(QStringLiteral("contrastButton"));
    m_contrast->setCheckable(true);
    connect(m_contrast, &QPushButton::toggled, this, &DisplayPanel::highContrastChosen);
    m_close->setObjectName(QStringLiteral("displayClose"));
    connect(m_close, &QPushButton::clicked, this, &DisplayPanel::dismiss);

    // Far enough inside the panel's edge that the focus ring (drawn around a control, on
    // its page) shows whole.
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addLayout(sizes);
    layout->addWidget(m_contrast);
    layout->addWidget(m_close);

    if (anchor) {
        connect(anchor, &QAbstractButton::clicked, this, &DisplayPanel::open);
        anchor->installEventFilter(this);
        EnterClicks::add(anchor);
    }
    for (QAbstractButton *button : buttons())
        EnterClicks::add(button);
    window->installEventFilter(this);
    retranslate();
    hide();
}

QList<QAbstractButton *> DisplayPanel::buttons() const
{
    QList<QAbstractButton *> all = m_sizes->buttons();
    all << m_contrast << m_close;
    return all;
}

void DisplayPanel::open()
{
    setGeometry(parentWidget()->rect());
    show();
    raise();
    place();
    QAbstractButton *chosen = m_sizes->checkedButton();
    (chosen ? chosen : m_sizes->buttons().first())->setFocus(Qt::PopupFocusReason);
}

void DisplayPanel::dismiss()
{
    if (!isVisible())
        return;
    // The focus goes back before the panel hides, so that Qt does not hand it to whatever
    // comes next in the chain.
    if (m_anchor && isAncestorOf(QApplication::focusWidget()))
        m_anchor->setFocus(Qt::PopupFocusReason);
    hide();
}

void DisplayPanel::showTheme(const Theme &theme)
{
    if (QAbstractButton *button = m_sizes->button(int(theme.textSize)))
        button->setChecked(true);
    const QSignalBlocker blocker(m_contrast);
    m_contrast->setChecked(theme.highContrast);
}

void DisplayPanel::place()
{
    if (!isVisible() || !m_anchor || !parentWidget())
        return;
    QSize size = m_panel->sizeHint().expandedTo(m_panel->minimumSizeHint());
    size.setWidth(std::max(size.width(), m_anchor->width()));
    const QRect anchor(m_anchor->mapTo(parentWidget(), QPoint(0, 0)), m_anchor->size());
    // Under its button, the edges on the side the text starts from lined up.
    int x = layoutDirection() == Qt::RightToLeft ? anchor.left() : anchor.right() + 1 - size.width();
    x = std::clamp(x, edge, std::max(edge, width() - edge - size.width()));
    int y = anchor.bottom() + 1 + edge;
    y = std::clamp(y, edge, std::max(edge, height() - edge - size.height()));
    m_panel->setGeometry(QRect(QPoint(x, y), size) & rect());
}

bool DisplayPanel::event(QEvent *event)
{
    // Escape closes the panel rather than going back a page (the window's shortcut).
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool DisplayPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        place();
    } else if (watched == m_anchor) {
        if (event->type() == QEvent::Hide)
            dismiss();
        else if (event->type() == QEvent::Move || event->type() == QEvent::Resize)
            place();
    } else if (watched == m_panel && event->type() == QEvent::LayoutRequest) {
        // A new text size or language: the panel takes its new size after its layout did.
        QMetaObject::invokeMethod(this, &DisplayPanel::place, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void DisplayPanel::mousePressEvent(QMouseEvent *event)
{
    // A press on the panel's own background (it reaches this layer) keeps it open; one
    // anywhere else closes it and does nothing more.
    event->accept();
    if (!m_panel->geometry().contains(event->position().toPoint()))
        dismiss();
}

void DisplayPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool DisplayPanel::focusNextPrevChild(bool next)
{
    // Round the panel's controls only, as in a dialog.
    QList<QAbstractButton *> stops;
    for (QAbstractButton *button : buttons()) {
        if (button->isVisible() && button->isEnabled())
            stops << button;
    }
    if (stops.isEmpty())
        return false;
    const qsizetype current = stops.indexOf(qobject_cast<QAbstractButton *>(QApplication::focusWidget()));
    const qsizetype count = stops.size();
    const qsizetype target = current < 0 ? (next ? 0 : count - 1) : (current + (next ? 1 : count - 1)) % count;
    stops[target]->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void DisplayPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DisplayPanel::retranslate()
{
    m_panel->setAccessibleName(tr("Display"));
    m_heading->setText(tr("Text size"));
    const QStringList sizeNames { tr("Normal text"), tr("Large text"), tr("Larger text") };
    for (int i = 0; i < sizeNames.size(); ++i) {
        if (QAbstractButton *button = m_sizes->button(i)) {
            button->setAccessibleName(sizeNames[i]);
            button->setToolTip(sizeNames[i]);
        }
    }
    m_contrast->setText(tr("High contrast"));
    m_contrast->setAccessibleName(m_contrast->text());
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close the display choices"));
}

} // namespace meldpunt
