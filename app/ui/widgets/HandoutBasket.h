#pragma once

#include <QObject>
#include <QStringList>

class QDialog;
class QWidget;

namespace meldpunt {

struct LanguageContent;

/// The answers and cards a counsellor has chosen for a handout (workstation mode only: a
/// kiosk never writes files).
class HandoutBasket : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const QStringList &ids() const { return m_ids; }
    bool contains(const QString &id) const { return m_ids.contains(id); }
    void setChosen(const QString &id, bool chosen);
    void clear();

    /// Shows what the basket holds, each with a button to take it out, and a choice of
    /// title; then asks where to save, writes the PDF and says where it went (or why not).
    void save(const LanguageContent &content, QWidget *parent);
    /// The review dialog of save(), not yet shown (tests).
    QDialog *reviewDialog(const LanguageContent &content, QWidget *parent);
    /// Writes the PDF; an empty string on success, else why not.
    QString saveTo(const LanguageContent &content, const QString &fileName, bool namedTitle = false) const;

Q_SIGNALS:
    void changed();

private:
    /// The title of an entry or card in the basket.
    static QString titleOf(const LanguageContent &content, const QString &id);

    QStringList m_ids;
};

} // namespace meldpunt
