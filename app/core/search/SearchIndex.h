#pragma once

#include "SearchHit.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace meldpunt {

class Stemmer;

/// The words of one language's content and where they stand: the FAQ entries (question,
/// terms, answer) and the cards (name, terms and what they are part of, the rest of the
/// card), folded, each word with its Snowball stem. Built once; then only read, from any
/// thread. What it answers, by example (Dutch content):
///
///     wordsWithStem("meld")            => "melden", "meldt", ... (every word of that stem)
///     wordsStartingWith("anon")        => "anoniem", "anonieme", ... (sorted by text)
///     forEachCompoundContaining("misbruik") => "kindermisbruik": the end after a known word
///                                         ("kinder", the stem of "kinderen"), found by one
///                                         binary search in the ends indexed at build time;
///                                         not "echt" in "terecht" ("ter" is no word)
///     isKnownPart("dits")              => false: its stem "dit" is a stopword
///     walkVocabulary("anoneim", 1, ...) => "anoniem" (a Levenshtein automaton over the
///                                         sorted vocabulary as over a trie; a swap is one edit)
///     documentsWithPhrase("dader bekend") => the documents whose question or term it is
///     documentsWithTitle("politie")    => the card of that name
class SearchIndex
{
public:
    enum Field { Title, Terms, Body, FieldCount };

    struct Posting
    {
        quint32 document;
        quint32 place; ///< field << fieldShift | position in the field

        int field() const { return int(place >> fieldShift); }
        quint32 position() const { return place & ((1u << fieldShift) - 1); }
    };
    static constexpr int fieldShift = 20;

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

    /// The postings of one word in one document.
    struct PostingRange
    {
        const Posting *first = nullptr;
        const Posting *last = nullptr;
        const Posting *begin() const { return first; }
        const Posting *end() const { return last; }
        bool empty() const { return first == last; }
    };

    using WordIdIterator = std::vector<int>::const_iterator;
    struct WordIdRange
    {
        WordIdIterator first;
        WordIdIterator last;
        WordIdIterator begin() const { return first; }
        WordIdIterator end() const { return last; }
    };

    /// found(begin, end, depth, distance): see walkVocabulary().
    using WalkFound = std::function<void(size_t begin, size_t end, int depth, int distance)>;

    explicit SearchIndex(const LanguageContent &content);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    const Stemmer &stemmer() const { return *m_stemmer; }
    bool isStopword(const QString &word) const { return m_stopwords.contains(word); }

    int documentCount() const { return int(m_documents.size()); }
    const Document &document(int document) const { return m_documents[size_t(document)]; }
    double averageLength(Field field) const { return m_averageLength[field]; }

    int wordCount() const { return int(m_words.size()); }
    const Word &word(int wordId) const { return m_words[size_t(wordId)]; }
    bool contains(const QString &word) const { return m_wordIndex.contains(word); }
    /// The words of the text with this stem; null when there are none.
    const std::vector<int> *wordsWithStem(const QString &stem) const;
    /// The words that start with prefix (the prefix itself among them), by text.
    WordIdRange wordsStartingWith(const QString &prefix) const;
    /// The word at a place of walkVocabulary()'s order (the vocabulary sorted by text).
    int sortedWordId(size_t place) const { return m_sortedWordIds[place]; }

    /// Calls found(wordId) for each word of the text that holds, after a known word (maybe
    /// with a linking s, e or en), an end that starts with word.
    template<typename Found>
    void forEachCompoundContaining(const QString &word, Found found) const;

    /// A piece of a query word that is a word of the text, or has the stem of one (a piece of
    /// at least minStemmedPart letters), and is no stopword and does not stem to one.
    bool isKnownPart(const QString &part) const;

    /// Calls found(begin, end, depth, distance) for each word of at most maxDepth letters
    /// within maxEdits of word (end = begin + 1, depth = its length), and for each run of
    /// longer words whose first maxDepth letters are; begin and end are places of
    /// sortedWordId(). Optimal string alignment: a swap of two neighbouring letters is one edit.
    void walkVocabulary(QStringView word, int maxEdits, int maxDepth, const WalkFound &found) const;

    PostingRange postings(int wordId, int document) const;
    /// Where the body word at this position starts in the document's body.
    qsizetype bodyStart(int document, quint32 position) const;

    /// The documents whose question or name, folded, is this text; null when there are none.
    const std::vector<int> *documentsWithTitle(const QString &text) const;
    /// The documents whose question, name or one term, folded, is this text.
    const std::vector<int> *documentsWithPhrase(const QString &text) const;

private:
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
    static quint64 startKey(QStringView word); ///< the first three letters, as one number
    bool isKnownAtIndexTime(QStringView part) const;
    bool isCompoundHead(QStringView head) const;
    QStringView compoundEnd(const CompoundEnd &entry) const
    {
        return QStringView(m_words[size_t(entry.wordId)].text).mid(entry.offset);
    }

    std::unique_ptr<Stemmer> m_stemmer;
    QSet<QString> m_stopwords;
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

template<typename Found>
void SearchIndex::forEachCompoundContaining(const QString &word, Found found) const
{
    auto it = std::lower_bound(m_compoundEnds.begin(), m_compoundEnds.end(), word,
                               [this](const CompoundEnd &entry, const QString &w) { return compoundEnd(entry) < QStringView(w); });
    for (; it != m_compoundEnds.end() && compoundEnd(*it).startsWith(word); ++it)
        found(it->wordId);
}

} // namespace meldpunt
