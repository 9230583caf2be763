#pragma once

#include "ContentTypes.h"

#include <QSet>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace meldpunt {

class Theme;

/// One question with its whole answer and the organisations that help with it.
class AnswerPage : public QWidget
{
    Q_OBJECT

public:
    AnswerPage(const Theme &theme, QWidget *parent = nullptr);

    void showEntry(const FaqEntry &entry, const LanguageContent &content, const QSet<QString> &marked);
    void clear();
    QString entryId() const { return m_entryId; }
    QScrollArea *scrollArea() const { return m_scroll; }

Q_SIGNALS:
    void organisationClicked(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const Theme &m_theme;
    QScrollArea *m_scroll;
    QLabel *m_topic;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_relatedHeading;
    QGridLayout *m_related;
    QLabel *m_sourceNote;
    QString m_entryId;
};

} // namespace meldpunt
