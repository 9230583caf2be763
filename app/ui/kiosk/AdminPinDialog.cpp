#include "AdminPinDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meldpunt {

AdminPinDialog::AdminPinDialog(QWidget *parent)
    : Overlay(parent)
    , m_title(new QLabel)
    , m_message(new QLabel)
    , m_pin(new QLineEdit)
    , m_ok(new QPushButton)
    , m_cancel(new QPushButton)
{
    setObjectName(QStringLiteral("adminPinDialog"));
    QVBoxLayout *inner = addCentredPanel(560, 40, 14);
    m_title->setObjectName(QStringLiteral("overlayTitle"));
    m_message->setObjectName(QStringLiteral("muted"));
    m_message->setWordWrap(true);
    m_pin->setObjectName(QStringLiteral("adminPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(128);
    m_pin->setContextMenuPolicy(Qt::NoContextMenu);
    m_pin->setMinimumHeight(56);
    m_ok->setObjectName(QStringLiteral("primary"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    inner->addWidget(m_title);
    inner->addWidget(m_message);
    inner->addWidget(m_pin);
    inner->addLayout(buttons);

    connect(m_ok, &QPushButton::clicked, this, [this] { Q_EMIT pinEntered(m_pin->text()); });
    connect(m_pin, &QLineEdit::returnPressed, m_ok, &QPushButton::click);
    connect(m_cancel, &QPushButton::clicked, this, &AdminPinDialog::cancel);
    retranslate();
}

void AdminPinDialog::open()
{
    m_pin->setText(QString());
    retranslate();
    cover();
    m_pin->setFocus();
}

void AdminPinDialog::close()
{
    m_pin->setText(QString());
    hide();
}

void AdminPinDialog::showWrongPin()
{
    m_pin->setText(QString());
    m_message->setText(tr("That PIN is not right."));
    m_pin->setFocus();
}

void AdminPinDialog::showLockedOut()
{
    m_pin->setText(QString());
    m_message->setText(tr("Too many wrong PINs. Wait a minute and try again."));
}

void AdminPinDialog::cancel()
{
    close();
    Q_EMIT cancelled();
}

void AdminPinDialog::retranslate()
{
    m_title->setText(tr("Administrator"));
    m_message->setText(tr("Type the administrator's PIN to leave the kiosk."));
    m_pin->setAccessibleName(tr("PIN"));
    m_ok->setText(tr("Leave the kiosk"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace meldpunt
