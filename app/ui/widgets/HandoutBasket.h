#pragma once

#include <QObject>
#include <QStringList>

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

    /// Asks where to save, then writes the PDF; reports failures in a message box.
    void save(const LanguageContent &content, QWidget *parent);
    /// Writes the PDF; an empty string on success, else why not.
    QString saveTo(const LanguageContent &content, const QString &fileName) const;

Q_SIGNALS:
    void changed();

private:
    QStringList m_ids;
};

} // namespace meldpunt
