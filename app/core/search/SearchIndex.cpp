#include "SearchIndex.h"

#include "SearchTuning.h"
#include "Stemmer.h"
#include "TextFolding.h"

namespace meldpunt {

using namespace SearchTuning;

namespace {
// startKey() reads the first three letters: shorter words have none.
constexpr qsizetype startKeyLength = 3;
static_assert(minCompoundHead >= startKeyLength && minCompoundPart >= startKeyLength);
} // namespace

SearchIndex::SearchIndex(const LanguageContent &content)
    : m_stemmer(std::make_unique<Stemmer>(content.info.code))
{
    for (const QString &word : content.info.stopwords)
        m_stopwords.insert(word);

    m_documents.reserve(size_t(content.faq.size() + content.organisations.size()));
    for (const FaqEntry &entry : content.faq)
        addDocument(SearchHit::Kind::Faq, entry.id, entry.question, entry.terms, plainText(entry.answer));
    for (const Organisation &organisation : content.organisations) {
        QStringList terms = organisation.terms;
        terms << organisation.partOf;
        QString body = organisation.plainText();
        body = body.mid(body.indexOf(u'\n') + 1); // the name is the title already
        addDocument(SearchHit::Kind::Organisation, organisation.id, organisation.name, terms, body);
    }

    for (Word &word : m_words) {
        word.postings.shrink_to_fit();
        quint32 last = quint32(-1);
        for (const Posting &posting : word.postings) {
            if (posting.document != last)
                ++word.documentFrequency;
            last = posting.document;
        }
    }
    m_bodyStarts.shrink_to_fit();
    m_sortedWordIds.resize(m_words.size());
    for (size_t i = 0; i < m_words.size(); ++i)
        m_sortedWordIds[i] = int(i);
    std::sort(m_sortedWordIds.begin(), m_sortedWordIds.end(),
              [this](int a, int c) { return m_words[size_t(a)].text < m_words[size_t(c)].text; });
    // How many letters each word shares with the next: the typo walk's trie, without a trie.
    m_sortedCommon.resize(m_sortedWordIds.size());
    for (size_t i = 0; i + 1 < m_sortedWordIds.size(); ++i) {
        const QString &a = m_words[size_t(m_sortedWordIds[i])].text;
        const QString &c = m_words[size_t(m_sortedWordIds[i + 1])].text;
        qsizetype common = 0;
        while (common < std::min<qsizetype>({ a.size(), c.size(), 255 }) && a[common] == c[common])
            ++common;
        m_sortedCommon[i] = quint8(common);
    }
    for (const Word &word : m_words) {
        for (const QString *text : { &word.text, &word.stem }) {
            if (text->size() >= startKeyLength)
                m_starts.push_back(startKey(*text));
        }
    }
    std::sort(m_starts.begin(), m_starts.end());
    m_starts.erase(std::unique(m_starts.begin(), m_starts.end()), m_starts.end());
    buildCompoundEnds();
    const double count = std::max<double>(1, double(m_documents.size()));
    for (int field = 0; field < FieldCount; ++field) {
        double total = 0;
        for (const Document &document : m_documents)
            total += document.length[field];
        m_averageLength[field] = std::max(1.0, total / count);
    }
}

SearchIndex::~SearchIndex() = default;

void SearchIndex::addDocument(SearchHit::Kind kind, const QString &id, const QString &title,
                              const QStringList &terms, const QString &body)
{
    m_documents.push_back({ kind, id, title, body, {}, quint32(m_bodyStarts.size()) });
    const int document = int(m_documents.size() - 1);
    addField(document, Title, { title });
    addField(document, Terms, terms);
    addField(document, Body, { body });
}

void SearchIndex::addField(int document, Field field, const QStringList &texts)
{
    Document &target = m_documents[size_t(document)];
    int position = 0;
    int count = 0;
    for (const QString &text : texts) {
        QStringList phrase;
        for (const TextFolding::Word &token : TextFolding::words(text)) {
            if (position >= (1 << fieldShift) - 8)
                break; // a text of a million words: the rest is not searched
            const int id = wordId(token.folded);
            m_words[size_t(id)].postings.push_back({ quint32(document), quint32(field << fieldShift | position++) });
            if (field == Body)
                m_bodyStarts.push_back(quint32(token.start));
            else
                phrase << token.folded;
            ++count;
        }
        if (field != Body)
            addPhrase(document, phrase);
        if (field == Title && !phrase.isEmpty())
            m_titles[phrase.join(u' ')].push_back(document);
        // Two terms ("anoniem, melder") do not stand together: no proximity boost between them.
        position += termGap;
    }
    target.length[field] = count;
}

void SearchIndex::addPhrase(int document, const QStringList &tokens)
{
    if (tokens.isEmpty())
        return;
    std::vector<int> &documents = m_phrases[tokens.join(u' ')];
    if (documents.empty() || documents.back() != document)
        documents.push_back(document);
}

int SearchIndex::wordId(const QString &word)
{
    auto it = m_wordIndex.constFind(word);
    if (it != m_wordIndex.constEnd())
        return *it;
    const int id = int(m_words.size());
    const QString stem = m_stemmer->stem(word);
    m_words.push_back({ word, stem, {}, 0 });
    m_wordIndex.insert(word, id);
    m_stemIndex[stem].push_back(id);
    return id;
}

void SearchIndex::buildCompoundEnds()
{
    // Every end of a word that follows a known word (maybe with a linking s, e or en):
    // "kindermisbruik" -> "misbruik" (after "kinder", the stem of "kinderen"). A query word
    // then finds the compounds it stands in with one binary search, not a scan of the text.
    for (size_t id = 0; id < m_words.size(); ++id) {
        const QString &text = m_words[id].text;
        if (text.size() < minCompoundLength || text.size() > maxWordLength + 3)
            continue;
        for (qsizetype at = minCompoundHead; at + minCompoundEnd <= text.size(); ++at) {
            if (isCompoundHead(QStringView(text).left(at)))
                m_compoundEnds.push_back({ int(id), int(at) });
        }
    }
    std::sort(m_compoundEnds.begin(), m_compoundEnds.end(), [this](const CompoundEnd &x, const CompoundEnd &y) {
        return compoundEnd(x) < compoundEnd(y);
    });
    m_compoundEnds.shrink_to_fit();
}

quint64 SearchIndex::startKey(QStringView word)
{
    return quint64(word[0].unicode()) << 32 | quint64(word[1].unicode()) << 16 | quint64(word[2].unicode());
}

bool SearchIndex::isKnownPart(const QString &part) const
{
    if (part.size() < minCompoundPart)
        return false;
    // Most pieces of a long word start like no known word: no hashing, no stemming for them.
    if (!std::binary_search(m_starts.begin(), m_starts.end(), startKey(part)))
        return false;
    if (m_stopwords.contains(part))
        return false;
    if (m_wordIndex.contains(part))
        return true;
    if (part.size() < minStemmedPart)
        return false;
    // "dits" stems to the stopword "dit": not a part worth finding.
    const QString stem = m_stemmer->stem(part);
    return !m_stopwords.contains(stem) && m_stemIndex.contains(stem);
}

bool SearchIndex::isKnownAtIndexTime(QStringView part) const
{
    // As isKnownPart(), without stemming: a head is a word of the text or the stem of one
    // ("kinder" of "kinderen"). Stemming every piece of every word would slow the build.
    if (part.size() < minCompoundHead || !std::binary_search(m_starts.begin(), m_starts.end(), startKey(part)))
        return false;
    const QString text = part.toString();
    return !m_stopwords.contains(text) && (m_wordIndex.contains(text) || m_stemIndex.contains(text));
}

bool SearchIndex::isCompoundHead(QStringView head) const
{
    // What stands before a word must be a known word of its own, maybe with a linking s, e
    // or en ("kinder" as in "kinderen"), so "echt" is not found in "terecht", nor "anonim"
    // in "geanonimiseerd".
    if (isKnownAtIndexTime(head))
        return true;
    for (const char16_t *link : linkings) {
        const QStringView linking(link);
        if (head.size() > linking.size() && head.endsWith(linking) && isKnownAtIndexTime(head.chopped(linking.size())))
            return true;
    }
    return false;
}

const std::vector<int> *SearchIndex::wordsWithStem(const QString &stem) const
{
    auto it = m_stemIndex.constFind(stem);
    return it == m_stemIndex.constEnd() ? nullptr : &*it;
}

SearchIndex::WordIdRange SearchIndex::wordsStartingWith(const QString &prefix) const
{
    auto first = std::lower_bound(m_sortedWordIds.begin(), m_sortedWordIds.end(), prefix,
                                  [this](int id, const QString &w) { return m_words[size_t(id)].text < w; });
    auto last = first;
    while (last != m_sortedWordIds.end() && m_words[size_t(*last)].text.startsWith(prefix))
        ++last;
    return { first, last };
}

void SearchIndex::walkVocabulary(QStringView word, int maxEdits, int maxDepth, const WalkFound &found) const
{
    // A Levenshtein automaton run over the sorted vocabulary as over a trie: the words share
    // the rows of their common start, and a start already more than maxEdits away skips
    // every word that begins with it (m_sortedCommon says where that run ends).
    const int n = int(word.size());
    const int width = n + 1;
    std::vector<int> rows(size_t((maxDepth + 1) * width));
    for (int j = 0; j <= n; ++j)
        rows[size_t(j)] = j;
    const std::vector<int> &ids = m_sortedWordIds;
    size_t i = 0;
    int valid = 0; // rows 0..valid hold the start of the word last visited
    while (i < ids.size()) {
        const QString &text = m_words[size_t(ids[i])].text;
        // What this word shares with the last one visited: their rows are computed already.
        int depth = i == 0 ? 0 : std::min(valid, int(m_sortedCommon[i - 1]));
        const int last = std::min(int(text.size()), maxDepth);
        bool pruned = false;
        while (depth < last) {
            ++depth;
            const QChar letter = text[depth - 1];
            const int *above = &rows[size_t((depth - 1) * width)];
            const int *aboveTwo = depth >= 2 ? &rows[size_t((depth - 2) * width)] : nullptr;
            int *row = &rows[size_t(depth * width)];
            row[0] = depth;
            int rowMin = depth;
            for (int j = 1; j <= n; ++j) {
                const int cost = word[j - 1] == letter ? 0 : 1;
                int value = std::min({ above[j] + 1, row[j - 1] + 1, above[j - 1] + cost });
                if (aboveTwo && j > 1 && word[j - 1] == text[depth - 2] && word[j - 2] == letter)
                    value = std::min(value, aboveTwo[j - 2] + 1);
                row[j] = value;
                rowMin = std::min(rowMin, value);
            }
            valid = depth;
            if (rowMin > maxEdits) {
                pruned = true;
                break;
            }
        }
        const int distance = rows[size_t(depth * width + n)];
        if (!pruned && depth == int(text.size())) {
            if (distance <= maxEdits)
                found(i, i + 1, depth, distance);
            ++i;
            continue;
        }
        // Pruned, or longer than maxDepth: the whole run of words that start so is done.
        size_t end = i + 1;
        while (end < ids.size() && m_sortedCommon[end - 1] >= depth)
            ++end;
        if (!pruned && distance <= maxEdits)
            found(i, end, depth, distance);
        i = end;
    }
}

SearchIndex::PostingRange SearchIndex::postings(int wordId, int document) const
{
    const std::vector<Posting> &postings = m_words[size_t(wordId)].postings;
    auto first = std::lower_bound(postings.begin(), postings.end(), quint32(document),
                                  [](const Posting &p, quint32 d) { return p.document < d; });
    auto last = first;
    while (last != postings.end() && last->document == quint32(document))
        ++last;
    return { postings.data() + (first - postings.begin()), postings.data() + (last - postings.begin()) };
}

qsizetype SearchIndex::bodyStart(int document, quint32 position) const
{
    return qsizetype(m_bodyStarts[m_documents[size_t(document)].bodyStarts + position]);
}

const std::vector<int> *SearchIndex::documentsWithTitle(const QString &text) const
{
    auto it = m_titles.constFind(text);
    return it == m_titles.constEnd() ? nullptr : &*it;
}

const std::vector<int> *SearchIndex::documentsWithPhrase(const QString &text) const
{
    auto it = m_phrases.constFind(text);
    return it == m_phrases.constEnd() ? nullptr : &*it;
}

} // namespace meldpunt
