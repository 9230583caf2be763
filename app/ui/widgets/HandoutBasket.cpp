#include "HandoutBasket.h"

#include "ContentTypes.h"
#include "HandoutWriter.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace meldpunt {

void HandoutBasket::setChosen(const QString &id, bool chosen)
{
    if (chosen == m_ids.contains(id))
        return;
    if (chosen)
        m_ids.append(id);
    else
        m_ids.removeAll(id);
    Q_EMIT changed();
}

void HandoutBasket::clear()
{
    if (m_ids.isEmpty())
        return;
    m_ids.clear();
    Q_EMIT changed();
}

QString HandoutBasket::titleOf(const LanguageContent &content, const QString &id)
{
    if (const FaqEntry *entry = content.entry(id))
        return entry->question;
    if (const Organisation *organisation = content.organisation(id))
        return organisation->name;
    return id;
}

QString HandoutBasket::saveTo(const LanguageContent &content, const QString &fileName, bool namedTitle) const
{
    HandoutWriter::Options options;
    options.namedTitle = namedTitle;
    const HandoutWriter::Result result = HandoutWriter::write(content, m_ids, fileName, options);
    return result.ok ? QString() : result.error;
}

QDialog *HandoutBasket::reviewDialog(const LanguageContent &content, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("handoutReview"));
    dialog->setWindowTitle(tr("Handout"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *rows = new QVBoxLayout;
    layout->addLayout(rows);

    auto *named = new QCheckBox(tr("Title it “Meldpunt Kinderporno” (otherwise the neutral “%1”)",
                                   "%1 is the neutral title, Help and information")
                                    .arg(HandoutWriter::title({})));
    named->setObjectName(QStringLiteral("namedTitle"));
    named->setToolTip(tr("The neutral title is safer for a child or parent to carry."));
    layout->addWidget(named);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *save = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveAsPdf"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(save, &QPushButton::clicked, dialog, [this, dialog, named, &content] {
        const QString fileName = QFileDialog::getSaveFileName(
            dialog, tr("Save handout"), QDir::home().filePath(tr("handout.pdf", "default file name")),
            tr("PDF documents (*.pdf)"), nullptr, QFileDialog::DontUseNativeDialog);
        if (fileName.isEmpty())
            return;
        const QString error = saveTo(content, fileName, named->isChecked());
        if (!error.isEmpty()) {
            QMessageBox::warning(dialog, tr("Handout not saved"), error);
            return;
        }
        // Said plainly, with where it went: the counsellor hands it over next.
        QMessageBox::information(dialog, tr("Handout saved"),
                                 tr("The handout with %n item(s) is saved as %1.", "%1 is a file path",
                                    int(m_ids.size()))
                                     .arg(QDir::toNativeSeparators(fileName)));
        dialog->accept();
    });

    // The list, rebuilt whenever an item is taken out.
    auto refill = [this, rows, intro, save, &content] {
        while (QLayoutItem *item = rows->takeAt(0)) {
            if (QLayout *row = item->layout()) {
                while (QLayoutItem *inner = row->takeAt(0)) {
                    delete inner->widget();
                    delete inner;
                }
            }
            delete item;
        }
        intro->setText(m_ids.isEmpty() ? tr("The handout is empty. Add answers and cards with “Add to handout”.")
                                       : tr("The handout holds %n item(s):", "", int(m_ids.size())));
        save->setEnabled(!m_ids.isEmpty());
        for (const QString &id : std::as_const(m_ids)) {
            auto *row = new QHBoxLayout;
            auto *title = new QLabel(titleOf(content, id));
            title->setTextFormat(Qt::PlainText);
            title->setWordWrap(true);
            auto *remove = new QPushButton(tr("Remove"));
            remove->setObjectName(QStringLiteral("removeFromHandout"));
            remove->setProperty("itemId", id);
            remove->setAccessibleName(tr("Remove “%1” from the handout", "%1 is a question or an organisation's name").arg(title->text()));
            connect(remove, &QPushButton::clicked, this, [this, id] { setChosen(id, false); });
            row->addWidget(title, 1);
            row->addWidget(remove);
            rows->addLayout(row);
        }
    };
    refill();
    // Queued: the remove button that was clicked is deleted once its click is done.
    connect(this, &HandoutBasket::changed, dialog, refill, Qt::QueuedConnection);
    return dialog;
}

void HandoutBasket::save(const LanguageContent &content, QWidget *parent)
{
    QPointer<QDialog> dialog = reviewDialog(content, parent);
    dialog->exec();
    delete dialog;
}

} // namespace meldpunt
