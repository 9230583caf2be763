#pragma once

#include "SearchHit.h"

#include <QWidget>

class QLabel;
class QListView;
class QScrollArea;

namespace meldpunt {

class ResultDelegate;
class SearchResultModel;
class Theme;
class TileButton;

/// The hits of a search, or the questions of a topic. With no hits it says so, names 112,
/// and offers the content's general help (LanguageContent::generalHelp()).
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

    /// The list shows compact rows (kind and title, no snippet) while it is shorter than
    /// this many lines of text: two full hits would not fit.
    static constexpr int compactBelowLines = 14;
    bool isCompact() const;
    /// The least height in which the page shows one whole compact hit (or the help's title
    /// and first card), at the text size in force. Its heading shows when there is room for
    /// that too.
    int leastUsefulHeight() const;

    /// The page takes the height it is given: its list and its help scroll. (A page with a
    /// height for its width would be given at least that by the window's layout, even when
    /// the touch keyboard needs the room, and the keyboard would be pushed off the window.)
    bool hasHeightForWidth() const override { return false; }

Q_SIGNALS:
    void hitActivated(SearchHit::Kind kind, const QString &id);
    void organisationClicked(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void updateCompact();
    void updateHeading();
    /// The list gets another height (the touch keyboard comes or goes): the chosen result
    /// stays in view.
    void keepCurrentInView();
    /// The heading's height with the room under it, at the page's width.
    int headingHeight() const;

    const Theme &m_theme;
    SearchResultModel *m_model;
    ResultDelegate *m_delegate;
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
