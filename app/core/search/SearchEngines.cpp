#include "SearchEngines.h"

#include "SearchEngine.h"

namespace meldpunt {

SearchEngines::SearchEngines(const ContentLibrary &library)
    : m_library(library)
{
}

SearchEngines::~SearchEngines() = default;

const SearchEngine *SearchEngines::forLanguage(const QString &code)
{
    if (const auto it = m_engines.find(code); it != m_engines.end())
        return it->second.get();
    const LanguageContent *content = m_library.language(code);
    if (!content)
        return nullptr;
    return m_engines.emplace(code, std::make_unique<const SearchEngine>(*content)).first->second.get();
}

} // namespace meldpunt
