#pragma once

#include "ContentTypes.h"

#include <QSet>
#include "ScrollPage.h"

class QLabel;

namespace meldpunt {

class Theme;
class TileGrid;

/// One question with its whole answer and the organisations that help with it.
class AnswerPage : public ScrollPage
{
    Q_OBJECT

public:
    AnswerPage(const Theme &theme, QWidget *parent = nullptr);

    void showEntry(const FaqEntry &entry, const LanguageContent &content, const QSet<QString> &marked);
    void clear();
    QString entryId() const { return m_entryId; }

Q_SIGNALS:
    void organisationClicked(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const Theme &m_theme;
    QLabel *m_topic;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_relatedHeading;
    TileGrid *m_related;
    QLabel *m_editorNote;
    QLabel *m_sourceNote;
    QString m_entryId;
    const FaqEntry *m_shown = nullptr;
    const LanguageContent *m_content = nullptr;
};

} // namespace meldpunt
