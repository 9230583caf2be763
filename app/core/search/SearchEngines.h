#pragma once

#include "ContentTypes.h"

#include <map>
#include <memory>

namespace meldpunt {

class SearchEngine;

/// The one owner of the search engines of a content library: one per language, built the
/// first time that language is searched and kept for the program's life (switching back and
/// forth costs nothing after that).
class SearchEngines
{
public:
    explicit SearchEngines(const ContentLibrary &library);
    ~SearchEngines();
    SearchEngines(const SearchEngines &) = delete;
    SearchEngines &operator=(const SearchEngines &) = delete;

    /// The engine of a language of the library; null when the library has no such language.
    const SearchEngine *forLanguage(const QString &code);

private:
    const ContentLibrary &m_library;
    std::map<QString, std::unique_ptr<const SearchEngine>> m_engines;
};

} // namespace meldpunt
