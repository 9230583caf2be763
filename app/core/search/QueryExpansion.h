#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace meldpunt {

class SearchIndex;

/// How a word of the text was reached from a query word.
enum class MatchType { Exact, Synonym, Prefix, Compound, Fuzzy };

/// One word of the text that a query word stands for, and how much it counts (the factors
/// of SearchTuning.h).
struct Expansion
{
    int wordId;
    float factor;
    MatchType type;
};

/// A word of the query and the words of the text it stands for: at most
/// SearchTuning::maxExpansions, each once with its best factor, by word id.
struct QueryWord
{
    QString word;
    std::vector<Expansion> expansions;
};

/// A query as the ranking reads it.
struct ExpandedQuery
{
    QStringList words;   ///< folded, at most SearchTuning::maxQueryWords
    QStringList kept;    ///< the words without stopwords (all of them when only stopwords)
    std::vector<QueryWord> slots; ///< one for each kept word
};

/// From a query to the words of the text it stands for, on one index. By example (Dutch
/// content; the factors are SearchTuning's):
///
///     "Kan ik anoniem melden"  => words "kan ik anoniem melden", kept "anoniem melden"
///                                 (stopwords dropped while other words remain)
///     "wat is"                 => kept "wat is" (only stopwords: search what is there)
///     "meldingen"              => "melding" (the same stem: exactFactor)
///     "melden "                => "melden", and "melder", "melding" (derivationSuffixes,
///                                 derivationFactor)
///     "anon"                   => "anoniem" (the word being typed: typingPrefixFactor)
///     "kind"                   => "kind", and "kinderporno" at typingKnownPrefixFactor;
///     "kind "                  => "kind" only: a finished known word is no prefix
///     "pedo"                   => what synonyms.txt maps it to (synonymFactor), also by its
///                                 stem ("appjes" => "appje"); stopwords of a synonym left out
///     "volwassen porno"        => a synonym of the two words together (pairSynonymFactor)
///     "gefilmd"                => "filmen" (participleFactor) and its synonym "filmpje"
///     "misbruik"               => "kindermisbruik" (compoundEndFactor)
///     "vrijwilligerswerk"      => "vrijwilligers" + "werk": a split into known words
///     "anoneim"                => "anoniem" (oneEditFactor; allowedEdits() by length)
///     "nuditsen"               => "nudisten", not "dits": a one-edit correction beats a
///                                 split whose part covers less than minPartShareBesideTypo
///     "ki"                     => at most maxExpansions words: the best, then the most frequent
class QueryExpansion
{
public:
    /// The synonyms of the content (synonyms.txt); a one-word key is also known by its stem.
    QueryExpansion(const SearchIndex &index, const QHash<QString, QStringList> &synonyms);

    /// Folds, splits and expands a query; empty slots when nothing is left to search.
    ExpandedQuery expand(const QString &query) const;

    /// One query word: isLastWord when it is still being typed.
    QueryWord expandWord(const QString &word, bool isLastWord) const;

private:
    void expand(QueryWord &slot, const QString &word, bool isLastWord) const;
    bool addExactStem(QueryWord &slot, const QString &word, float factor, MatchType type) const;
    const QStringList *synonymsOf(const QString &word, const QString &stem) const;
    /// The one synonym helper: each word of each synonym, stopwords left out, at factor (a
    /// synonym of one word) or phraseFactor (a word of a synonym of several).
    void addSynonyms(QueryWord &slot, const QStringList &synonyms, float factor, float phraseFactor) const;
    void addPrefixes(QueryWord &slot, const QString &word, bool exact, bool isLastWord) const;
    QStringList addParticiples(QueryWord &slot, const QString &word) const;
    void addDerivations(QueryWord &slot, const QString &word, const QStringList &forms) const;
    void addCompoundsContaining(QueryWord &slot, const QString &word, float factor) const;
    void addCompoundParts(QueryWord &slot, const QString &word, bool oneEditCorrection) const;
    bool addTypos(QueryWord &slot, const QString &word, bool isLastWord) const;
    void capExpansions(QueryWord &slot) const;

    const SearchIndex &m_index;
    QHash<QString, QStringList> m_synonyms;
};

} // namespace meldpunt
