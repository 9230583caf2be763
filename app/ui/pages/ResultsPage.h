#pragma once

#include "SearchEngine.h"

#include <QWidget>

class QLabel;
class QListView;
class QScrollArea;

namespace meldpunt {

class SearchResultModel;
class Theme;
class TileButton;

/// The hits of a search, or the questions of a topic. With no hits it says so and shows
/// the general help: 112, the police, HelpWanted.
class ResultsPage : public QWidget
{
    Q_OBJECT

public:
    ResultsPage(const Theme &theme, QWidget *parent = nullptr);

    /// heading: empty for a search (the page writes it), or the topic's title.
    void showHits(QList<SearchHit> hits, const QString &query, const QString &heading = {});
    void setGeneralHelp(const LanguageContent &content);
    void clear();

    QListView *list() const { return m_list; }
    /// Where "nothing found" and the general help show; it scrolls, so no card is cut.
    QScrollArea *helpArea() const { return m_helpArea; }
    /// Fewer letters than this and no hits: the page asks for more rather than say that
    /// nothing was found.
    static constexpr int shortQuery = 3;
    SearchResultModel *model() const { return m_model; }
    const QString &query() const { return m_query; }

Q_SIGNALS:
    void hitActivated(SearchHit::Kind kind, const QString &id);
    void organisationClicked(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SearchResultModel *m_model;
    QLabel *m_heading;
    QListView *m_list;
    QScrollArea *m_helpArea;
    QWidget *m_noResults;
    QLabel *m_noResultsTitle;
    QLabel *m_noResultsText;
    QList<TileButton *> m_helpCards;
    QString m_query;
    QString m_topicHeading;
};

} // namespace meldpunt
