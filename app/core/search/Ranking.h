#pragma once

#include <vector>

namespace meldpunt {

class SearchIndex;
struct ExpandedQuery;

/// A document of the index as the ranking places it.
struct RankedDocument
{
    int document;
    double score;   ///< rounded to three decimals, as a hit shows it
    bool fuzzyOnly; ///< found only through typo corrections
};

/// Orders the documents that an expanded query finds. By example (the factors are
/// SearchTuning's):
///
///     score    = BM25F (titleWeight, termsWeight, bodyWeight; k1, b) over each query word's
///                expansions, each counted by its factor, x coverage^2 x boosts x cardPrior
///     coverage = each query word by its best match's factor in the document, over the
///                number of query words: "melden anon" against "melden" and "anoniem" (a
///                prefix) covers (1 + typingPrefixFactor) / 2; against a typo of "anon",
///                (1 + oneEditFactor) / 2: one more weak match is not a better answer
///     "dader bekend"  => the entry whose term it is first (wholePhraseBoost; query words
///                        next to each other adjacentBoost, within proximityWindow words
///                        nearbyBoost, measured on the best candidates only)
///     "politie"       => the card of that name first (the query is its whole title)
///     "melder"        => every document that matches a word other than by a typo first
///     near ties (within nearTie) => more query words as typed (or by their stem) first,
///                        then more of them in the question, name or terms (namedMatch),
///                        then the score
///     equal scores    => the content's order
class Ranking
{
public:
    explicit Ranking(const SearchIndex &index)
        : m_index(index)
    {
    }

    /// At most limit documents, best first. Safe to call from several threads at once.
    std::vector<RankedDocument> rank(const ExpandedQuery &query, int limit) const;

private:
    const SearchIndex &m_index;
};

} // namespace meldpunt
