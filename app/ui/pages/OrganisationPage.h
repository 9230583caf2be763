#pragma once

#include "ContentTypes.h"

#include <QSet>
#include "ScrollPage.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace meldpunt {

class Theme;
class TileGrid;

/// One help organisation: what they help with and every way to reach them, each with a QR
/// code for the visitor's own phone, and where each fact was checked. A card without a way
/// to reach it shows the card to go to instead. Counsellors can copy the contact details.
class OrganisationPage : public ScrollPage
{
    Q_OBJECT

public:
    OrganisationPage(const Theme &theme, bool allowCopy, QWidget *parent = nullptr);

    /// content: the language the card is in (its dates, the card to go to instead).
    void showOrganisation(const Organisation &organisation, const LanguageContent &content,
                          const QSet<QString> &marked);
    void clear();
    QString organisationId() const { return m_organisationId; }

Q_SIGNALS:
    void organisationClicked(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const Theme &m_theme;
    QLabel *m_partOf;
    QLabel *m_title;
    QLabel *m_helpsWith;
    QVBoxLayout *m_contacts;
    QLabel *m_insteadHeading;
    TileGrid *m_instead;
    QLabel *m_hours;
    QLabel *m_about;
    QLabel *m_source;
    QPushButton *m_copy;
    QString m_organisationId;
    QString m_contactText;
    const Organisation *m_shown = nullptr;
    const LanguageContent *m_content = nullptr;
};

} // namespace meldpunt
