#pragma once

#include "ContentTypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace meldpunt {

class Stemmer;

struct SearchHit
{
    enum class Kind { Faq, Organisation };

    Kind kind = Kind::Faq;
    QString id;
    QString title;
    QString snippet;          ///< plain text around the first match, for the result list
    double score = 0;
    QSet<QString> matchedWords; ///< folded words of this document that the query matched
    bool fuzzyOnly = false;   ///< found only through a typo correction

    /// How long a snippet is at most, in characters.
    static constexpr qsizetype snippetLength = ExcerptLength::snippet;

    static QString kindName(Kind kind) { return kind == Kind::Faq ? QStringLiteral("faq") : QStringLiteral("organisation"); }
};

/// Search over the FAQ and the organisation cards of one language. The rules, by example
/// (Dutch content):
///
///     "Anoniem"              => the anonymity answer first (case and diacritics folded)
///     "meldingen"            => also "melding" (Snowball stems)
///     "melden"               => also "melding", "melder" (a stem with -ing, -er, -ster)
///     "weten"                => "weet", not "wet" (a long vowel stays long: see Stemmer)
///     "anon"                 => "anoniem" (the word being typed is a prefix)
///     "kind"                 => "kind", and "kinderporno" only weakly: a known word may still
///                               be typed on, so its longer words count at 0.4 of a match
///     "kind "  "kind melden" => "kind" only: a finished known word is not a prefix
///     "misbruik"             => also "kindermisbruik" (a part of a compound, found in an
///                               index of word ends made when the index is built)
///     "vrijwilligerswerk"    => "vrijwilligers" + "werk" (a compound split into known words)
///     "kinderpornomateriaal" => "kinderporno" + "materiaal"; linking s, e, en are skipped
///     "anoniiem"             => "anoniem" (one edit in a word of 4 to 7 letters, two in longer;
///                               a swap of two letters is one edit)
///     "nuditsen"             => "nudisten", not "dits": a one-edit correction beats a split
///                               whose parts cover less than half the word, and no part may
///                               stem to a stopword
///     "pedo"                 => what synonyms.txt maps it to; each entry's "terms" count too
///     "aangerand"            => "aanranden", "aanranding": a Dutch past participle finds its
///     "gefilmd"              => verb, what is made of it and the verb's synonyms ("filmen:
///                               filmpje, video"), at 0.85 of a match (Stemmer guesses the
///                               infinitive: "opgespoord" => "opsporen", "misbruikt" =>
///                               "misbruiken"; "geweld" is no participle of "wellen")
///     "kan ik anoniem melden"=> stopwords of language.txt dropped when other words remain
///     "ki"                   => at most maxExpansions words of the text per query word: the
///                               best matches, then the most frequent
///     ""  "🙂"  "؟"          => no hits
///
/// Ranking, by example:
///
///     score   = BM25F (question and terms weigh more than the answer; an exact word counts 1,
///               a synonym 0.9, a prefix 0.85, a compound part 0.6, a typo 0.5 or 0.35)
///               x coverage^2 x boosts
///     coverage: each query word counts by the quality of its best match in the document:
///               "melden anon" against a text with "melden" and "anoniem" (a prefix, 0.85)
///               covers (1 + 0.85) / 2 of the query; against a text with "melden" and a typo
///               of "anon" (0.5), (1 + 0.5) / 2: one more weak match is not a better answer
///     "dader bekend"         => the entry whose term it is first (a whole question or term:
///                               x 1.5; query words next to each other: x 1.3, within three
///                               words: x 1.1, measured on the best candidates only)
///     "politie"              => the card named so first (the query is a card's name)
///     "melder"               => every document that matches a word as typed before any that
///                               matches through a typo correction only
///     cards                  => x 0.85: the FAQ answers the question, a card is the next step
///     near ties (scores within 10%) => not the score first, but what a person goes by: more
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

    int documentCount() const { return int(m_documents.size()); }
    int vocabularySize() const { return int(m_words.size()); }

    static constexpr int maxQueryWords = 12;
    /// At most this many words of the text stand for one query word ("k" as it is typed).
    static constexpr int maxExpansions = 48;

private:
    enum Field { Title, Terms, Body, FieldCount };

    struct Posting
    {
        quint32 document;
        quint32 place; ///< field << 20 | position in the field
    };

    struct Word
    {
        QString text;
        QString stem;
        std::vector<Posting> postings; ///< by document, then place
        int documentFrequency = 0;
    };

    struct Document
    {
        SearchHit::Kind kind;
        QString id;
        QString title;
        QString body;
        int length[FieldCount] = {};
        quint32 bodyStarts = 0; ///< where this document's entries of m_bodyStarts begin
    };

    enum class MatchType { Exact, Synonym, Prefix, Compound, Fuzzy };

    struct Expansion
    {
        int wordId;
        float factor;
        MatchType type;
    };

    struct Slot
    {
        QString word;
        std::vector<Expansion> expansions;
    };

    /// Where a compound's end starts: "kindermisbruik" has "misbruik" at 6.
    struct CompoundEnd
    {
        int wordId;
        int offset;
    };

    void addDocument(SearchHit::Kind kind, const QString &id, const QString &title,
                     const QStringList &terms, const QString &body);
    void addField(int document, Field field, const QStringList &texts);
    void addPhrase(int document, const QStringList &tokens);
    int wordId(const QString &word);
    void buildCompoundEnds();

    std::vector<Slot> parseQuery(const QStringList &kept, bool lastWordTyped) const;
    void expand(Slot &slot, const QString &word, bool isLastWord) const;
    bool addExactStem(Slot &slot, const QString &word, float factor, MatchType type) const;
    static quint64 startKey(QStringView word); ///< the first three letters, as one number
    bool isKnown(const QString &part) const;
    bool isKnownAtIndexTime(QStringView part) const;
    bool isCompoundHead(QStringView head) const;
    void addCompoundsContaining(Slot &slot, const QString &word, float factor) const;
    void addCompoundParts(Slot &slot, const QString &word, bool oneEditCorrection) const;
    bool addTypos(Slot &slot, const QString &word, bool isLastWord) const;
    template<typename Found>
    void walkVocabulary(QStringView word, int maxEdits, int maxDepth, Found found) const;
    void capExpansions(Slot &slot) const;
    const Posting *findPostings(int wordId, int document, const Posting **end) const;
    QString snippet(int document, const std::vector<int> &matchedIds) const;

    std::unique_ptr<Stemmer> m_stemmer;
    QSet<QString> m_stopwords;
    QHash<QString, QStringList> m_synonyms;
    std::vector<Document> m_documents;
    std::vector<Word> m_words;
    QHash<QString, int> m_wordIndex;
    QHash<QString, std::vector<int>> m_stemIndex;
    QHash<QString, std::vector<int>> m_titles; ///< a whole question or name, folded -> documents
    QHash<QString, std::vector<int>> m_phrases; ///< a whole question or term, folded -> documents
    std::vector<int> m_sortedWordIds;           ///< by text: prefixes, and typos (a trie, walked)
    std::vector<quint8> m_sortedCommon; ///< letters each of them shares with the next (at most 255)
    std::vector<CompoundEnd> m_compoundEnds;    ///< by the end's text: words inside compounds
    std::vector<quint64> m_starts; ///< startKey() of every word and stem, sorted: for compounds
    std::vector<quint32> m_bodyStarts; ///< where each body word starts in its body, for snippets
    double m_averageLength[FieldCount] = {};
};

} // namespace meldpunt
