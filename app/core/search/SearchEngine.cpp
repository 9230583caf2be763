#include "SearchEngine.h"

#include "QueryExpansion.h"
#include "Ranking.h"
#include "SearchIndex.h"
#include "Snippets.h"

namespace meldpunt {

SearchEngine::SearchEngine(const LanguageContent &content)
    : m_index(std::make_unique<const SearchIndex>(content))
    , m_expansion(std::make_unique<const QueryExpansion>(*m_index, content.synonyms))
    , m_ranking(std::make_unique<const Ranking>(*m_index))
{
}

SearchEngine::~SearchEngine() = default;

int SearchEngine::documentCount() const
{
    return m_index->documentCount();
}

int SearchEngine::vocabularySize() const
{
    return m_index->wordCount();
}

QList<SearchHit> SearchEngine::search(const QString &query, int limit) const
{
    const ExpandedQuery expanded = m_expansion->expand(query);
    const std::vector<RankedDocument> ranked = m_ranking->rank(expanded, limit);
    std::vector<int> matchedIds;
    QList<SearchHit> hits;
    hits.reserve(qsizetype(ranked.size()));
    for (const RankedDocument &found : ranked) {
        const SearchIndex::Document &document = m_index->document(found.document);
        SearchHit hit;
        hit.kind = document.kind;
        hit.id = document.id;
        hit.title = document.title;
        hit.score = found.score;
        hit.fuzzyOnly = found.fuzzyOnly;
        // The words of this document that the query matched: what the result list marks.
        matchedIds.clear();
        for (const QueryWord &slot : expanded.slots) {
            for (const Expansion &expansion : slot.expansions) {
                if (!m_index->postings(expansion.wordId, found.document).empty()) {
                    matchedIds.push_back(expansion.wordId);
                    hit.matchedWords.insert(m_index->word(expansion.wordId).text);
                }
            }
        }
        hit.snippet = Snippets::around(*m_index, found.document, matchedIds);
        hits.append(hit);
    }
    return hits;
}

QList<SearchHit> SearchEngine::topicHits(const LanguageContent &content, const QString &topicId)
{
    QList<SearchHit> hits;
    for (const FaqEntry *entry : content.entriesInTopic(topicId)) {
        SearchHit hit;
        hit.id = entry->id;
        hit.title = entry->question;
        hit.snippet = Snippets::start(plainText(entry->answer));
        hits.append(hit);
    }
    return hits;
}

} // namespace meldpunt
