#pragma once

#include "ContentTypes.h"

#include "ScrollPage.h"

class QLabel;

namespace meldpunt {

class TileGrid;

/// The start screen: the topics and the help organisations as large tiles.
class HomePage : public ScrollPage
{
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);

    void setContent(const LanguageContent &content);

Q_SIGNALS:
    void topicClicked(const QString &id);
    void organisationClicked(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_topicsHeading;
    QLabel *m_organisationsHeading;
    TileGrid *m_topics;
    TileGrid *m_organisations;
};

} // namespace meldpunt
