#include "NavigationHistory.h"

namespace meldpunt {

bool NavigationHistory::open(const Location &location)
{
    if (current() == location)
        return false;
    if (location.page == Location::Page::Home) {
        reset();
        return true;
    }
    m_locations.append(location);
    return true;
}

bool NavigationHistory::type(const QString &query)
{
    const bool onResults = current().page == Location::Page::Results;
    if (query.trimmed().isEmpty()) {
        if (!onResults)
            return false;
        back();
        return true;
    }
    const Location results { Location::Page::Results, {}, query };
    if (current() == results)
        return false;
    if (onResults)
        m_locations.last() = results;
    else
        m_locations.append(results);
    return true;
}

void NavigationHistory::back()
{
    if (m_locations.size() > 1)
        m_locations.removeLast();
}

void NavigationHistory::reset()
{
    m_locations = { Location {} };
}

} // namespace meldpunt
