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
    static constexpr qsizetype snippetLength = 160;

    static QString kindName(Kind kind) { return kind == Kind::Faq ? QStringLiteral("faq") : QStringLiteral("organisation"); }
};

/// Search over the FAQ and the organisation cards of one language. The rules, by example
/// (Dutch content):
///
///     "Anoniem"              => the anonymity answer first (case and diacritics folded)
///     "meldingen"            => also "melding" (Snowball stems)
///     "melden"               => also "melding", "melder" (a stem with -ing, -er, -ster)
///     "anon"                 => "anoniem" (the word being typed is a prefix)
///     "misbruik"             => also "kindermisbruik" (a part of a compound)
///     "vrijwilligerswerk"    => "vrijwilligers" + "werk" (a compound split into known words)
///     "kinderpornomateriaal" => "kinderporno" + "materiaal"; linking s, e, en are skipped
///     "anoniiem"             => "anoniem" (one edit in a word of 4 to 7 letters, two in longer;
///                               a swap of two letters is one edit)
///     "pedo"                 => what synonyms.txt maps it to; each entry's "terms" count too
///     "kan ik anoniem melden"=> stopwords of language.txt dropped when other words remain
///     ""  "🙂"  "؟"          => no hits
///
/// Ranking: documents that match more of the query's words first; then those that match
/// without typo correction; then a BM25F score (question and terms weigh more than the
/// answer; an exact word counts 1, a synonym 0.9, a prefix 0.85, a compound part 0.6, a
/// typo 0.5 or 0.35), times a boost for a query that is a whole question or term (1.5),
/// for query words next to each other in one field (1.3, or 1.1 within three words;
/// measured on the best candidates only), and 0.85 for organisation cards; ties keep the
/// content's order.
class SearchEngine
{
public:
    explicit SearchEngine(const LanguageContent &content);
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    QList<SearchHit> search(const QString &query, int limit = 50) const;

    /// The entries of a topic as hits for the same result list, in content order, each with
    /// the start of its answer as snippet.
    static QList<SearchHit> topicHits(const LanguageContent &content, const QString &topicId);

    int documentCount() const { return int(m_documents.size()); }
    int vocabularySize() const { return int(m_words.size()); }

    static constexpr int maxQueryWords = 12;

private:
    enum Field { Title, Terms, Body, FieldCount };

    struct Posting
    {
        int document;
        int field;
        int position;
    };

    struct Word
    {
        QString text;
        QString stem;
        std::vector<Posting> postings;
        int documentFrequency = 0;
    };

    struct Document
    {
        SearchHit::Kind kind;
        QString id;
        QString title;
        QString body;
        int length[FieldCount] = {};
        std::vector<int> wordIds;    ///< sorted, unique
        std::vector<int> bodyWords;  ///< word ids of the body in order, for the snippet
        std::vector<int> bodyStarts; ///< where each of them starts in the body
        /// (word id, field * 2^20 + position), sorted: where the query words stand, for proximity
        std::vector<std::pair<int, int>> places;
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

    void addDocument(SearchHit::Kind kind, const QString &id, const QString &title,
                     const QStringList &terms, const QString &body);
    void addField(int document, Field field, const QStringList &texts);
    void addPhrase(int document, const QStringList &tokens);
    int wordId(const QString &word);

    std::vector<Slot> parseQuery(const QStringList &words, const QStringList &kept) const;
    void expand(Slot &slot, const QString &word, bool isLastWord) const;
    bool addExactStem(Slot &slot, const QString &word, float factor, MatchType type) const;
    static quint64 startKey(QStringView word); ///< the first three letters, as one number
    bool isKnown(const QString &part) const;
    bool isCompoundHead(QStringView head) const;
    void addCompoundsContaining(Slot &slot, const QString &word, float factor) const;
    void addCompoundParts(Slot &slot, const QString &word) const;
    void addTypos(Slot &slot, const QString &word, bool isLastWord) const;
    QString snippet(const Document &document, const std::vector<int> &matchedIds) const;

    std::unique_ptr<Stemmer> m_stemmer;
    QSet<QString> m_stopwords;
    QHash<QString, QStringList> m_synonyms;
    std::vector<Document> m_documents;
    std::vector<Word> m_words;
    QHash<QString, int> m_wordIndex;
    QHash<QString, std::vector<int>> m_stemIndex;
    QHash<QString, std::vector<int>> m_titles; ///< a whole question or name, folded -> documents
    QHash<QString, std::vector<int>> m_phrases; ///< a whole question or term, folded -> documents
    std::vector<int> m_sortedWordIds;           ///< by text, for prefix look-ups
    std::vector<std::vector<int>> m_wordsByLength; ///< for typos: only words of about that length
    std::vector<quint64> m_starts; ///< startKey() of every word and stem, sorted: for compounds
    double m_averageLength[FieldCount] = {};
};

} // namespace meldpunt
