#include "HandoutBasket.h"

#include "ContentTypes.h"
#include "HandoutWriter.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

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

QString HandoutBasket::saveTo(const LanguageContent &content, const QString &fileName) const
{
    const HandoutWriter::Result result = HandoutWriter::write(content, m_ids, fileName);
    return result.ok ? QString() : result.error;
}

void HandoutBasket::save(const LanguageContent &content, QWidget *parent)
{
    // Qt's own dialog: the platform's would start a portal or another program.
    const QString fileName = QFileDialog::getSaveFileName(
        parent, tr("Save handout"), QDir::home().filePath(tr("handout.pdf", "default file name")),
        tr("PDF documents (*.pdf)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (fileName.isEmpty())
        return;
    const QString error = saveTo(content, fileName);
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Handout not saved"), error);
}

} // namespace meldpunt
