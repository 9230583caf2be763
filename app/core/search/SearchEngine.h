#pragma once

#include "SearchHit.h"
#include "SearchTuning.h"

#include <QList>
#include <QString>

#include <memory>

namespace meldpunt {

class QueryExpansion;
class Ranking;
class SearchIndex;

/// Search over the FAQ and the organisation cards of one language: a facade over its stages,
/// SearchIndex (the words and where they stand), QueryExpansion (a query to the words it
/// stands for), Ranking (the order) and Snippets (what a hit shows). Every factor and
/// threshold is named in SearchTuning.h. The rules, by example (Dutch content):
///
///     "Anoniem"              => the anonymity answer first (case and diacritics folded)
///     "meldingen"            => also "melding" (Snowball stems)
///     "melden"               => also "melding", "melder" (a stem with -ing, -er, -ster)
///     "weten"                => "weet", not "wet" (a long vowel stays long: see Stemmer)
///     "anon"                 => "anoniem" (the word being typed is a prefix)
///     "kind"                 => "kind", and "kinderporno" only weakly: a known word may still
///                               be typed on, so its longer words count at typingKnownPrefixFactor
///     "kind "  "kind melden" => "kind" only: a finished known word is not a prefix
///     "misbruik"             => also "kindermisbruik" (a part of a compound, found in an
///                               index of word ends made when the index is built)
///     "vrijwilligerswerk"    => "vrijwilligers" + "werk" (a compound split into known words)
///     "kinderpornomateriaal" => "kinderporno" + "materiaal"; linking s, e, en are skipped
///     "anoniiem"             => "anoniem" (allowedEdits(): one edit in a shorter word, two in
///                               a longer; a swap of two letters is one edit)
///     "nuditsen"             => "nudisten", not "dits": a one-edit correction beats a split
///                               whose parts cover less than half the word, and no part may
///                               stem to a stopword
///     "pedo"                 => what synonyms.txt maps it to; each entry's "terms" count too
///     "aangerand"            => "aanranden", "aanranding": a Dutch past participle finds its
///     "gefilmd"              => verb, what is made of it and the verb's synonyms ("filmen:
///                               filmpje, video"), at participleFactor (Stemmer guesses the
///                               infinitive: "opgespoord" => "opsporen", "misbruikt" =>
///                               "misbruiken"; "geweld" is no participle of "wellen")
///     "kan ik anoniem melden"=> stopwords of language.txt dropped when other words remain
///     "ki"                   => at most maxExpansions words of the text per query word: the
///                               best matches, then the most frequent
///     ""  "🙂"  "؟"          => no hits
///
/// Ranking, by example (Ranking.h has the score):
///
///     "dader bekend"         => the entry whose term it is first (a whole question or term,
///                               query words next to each other or near each other)
///     "politie"              => the card named so first (the query is a card's name)
///     "melder"               => every document that matches a word as typed before any that
///                               matches through a typo correction only
///     cards                  => x cardPrior: the FAQ answers the question, a card is the next step
///     near ties (within nearTie) => not the score first, but what a person goes by: more
///                               of the query's words as typed (or by their stem), then more
///                               of them in the question, name or terms:
///                               "foto van mij online": HelpWanted (4.57; "foto" and
///                               "online" as typed) before the grooming answer (4.57;
///                               "online", and "beeld" for "foto");
///                               "anoniem melden bij politie": Meld Misdaad Anoniem (7.14;
///                               its name and terms hold all three words) before "dader
///                               bekend" (7.73; all three too, "anoniem" only in the answer)
///     equal scores           => the content's order
class SearchEngine
{
public:
    explicit SearchEngine(const LanguageContent &content);
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    /// Safe to call from several threads at once (the stemmer guards its buffer).
    QList<SearchHit> search(const QString &query, int limit = 50) const;

    /// The entries of a topic as hits for the same result list, in content order, each with
    /// the start of its answer as snippet.
    static QList<SearchHit> topicHits(const LanguageContent &content, const QString &topicId);

    int documentCount() const;
    int vocabularySize() const;

    static constexpr int maxQueryWords = SearchTuning::maxQueryWords;
    /// At most this many words of the text stand for one query word ("k" as it is typed).
    static constexpr int maxExpansions = SearchTuning::maxExpansions;

private:
    std::unique_ptr<const SearchIndex> m_index;
    std::unique_ptr<const QueryExpansion> m_expansion;
    std::unique_ptr<const Ranking> m_ranking;
};

} // namespace meldpunt
