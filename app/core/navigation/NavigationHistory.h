#pragma once

#include <QList>
#include <QString>

namespace meldpunt {

/// Where a visitor is and how they got there: the pages they went through, most recent last,
/// never empty (home is always at the bottom). Typing replaces the results page it is on
/// rather than adding one per keystroke, so Back goes to where the search started.
///
///     {home}            type("an")      => {home, results "an"}
///     {home, res "an"}  type("anon")    => {home, results "anon"}        (replaced)
///     {home, res "a"}   clearSearch()   => {home}
///     {home, res "a"}   open(entry x)   => {home, results "a", entry x}
///     {home, entry x}   open(entry x)   => unchanged (no duplicate step)
///     {home, res "a", entry x} back()   => {home, results "a"}
///     {home}            back()          => {home}
class NavigationHistory
{
public:
    struct Location
    {
        enum class Page { Home, Results, Topic, Entry, Organisation };
        Page page = Page::Home;
        QString id;    ///< the entry, card or topic
        QString query; ///< on Results: the search text

        bool operator==(const Location &other) const
        {
            return page == other.page && id == other.id && query == other.query;
        }
        bool showsDocument() const { return page == Page::Entry || page == Page::Organisation; }
    };

    const Location &current() const { return m_locations.last(); }
    int depth() const { return int(m_locations.size()); }

    /// Goes to a page; false when it is where the visitor already is.
    bool open(const Location &location);
    /// The search text changed: shows its results, replacing a results page it is on. An
    /// empty text leaves the results page. False when nothing changed.
    bool type(const QString &query);
    /// Back one step; on home it stays home.
    void back();
    /// Home, with nothing to go back to.
    void reset();

private:
    QList<Location> m_locations { Location {} };
};

} // namespace meldpunt
