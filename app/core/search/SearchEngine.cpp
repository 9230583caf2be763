#include "SearchEngine.h"

#include "Stemmer.h"
#include "TextFolding.h"

#include <algorithm>
#include <cmath>

namespace meldpunt {

namespace {

constexpr float fieldWeight[] = { 3.0f, 2.5f, 1.0f };
constexpr double k1 = 1.2;
constexpr double b = 0.6;
constexpr int fieldShift = 20;

// Longer query words are not worth correcting or splitting: nobody types them.
constexpr qsizetype maxWordLength = 40;

int allowedEdits(qsizetype length)
{
    if (length < 4)
        return 0;
    return length <= 7 ? 1 : 2;
}

constexpr const char16_t *linkings[] = { u"s", u"e", u"en" };

// A verb found through its past participle ("aangerand" => "aanranden") is a little less
// sure than the word as typed: the participle rule guesses.
constexpr float participleFactor = 0.85f;

struct Candidate
{
    double score = 0;
    float coverage = 0;      ///< the sum over query words of their best match's factor
    int exactSlots = 0;      ///< query words matched other than by a typo correction
    bool matched = false;
    bool wholeTitle = false; ///< the query is the document's question or name
    double proximity = 1.0;
    int namedSlots = 0;      ///< query words its question, name or terms hold (not by a typo or a weak guess)
    int wordSlots = 0;       ///< query words it holds as typed, or by their stem
};

struct Scratch
{
    std::vector<Candidate> candidates;
    std::vector<float> fieldTf;
    std::vector<float> quality;
    std::vector<char> slotExact;
    std::vector<char> slotNamed;
    std::vector<char> slotWord;
    std::vector<double> scores;
};

// Scores this close are a near tie: a person's reasons order them, not the score.
constexpr double nearTie = 0.9;
// A match this good in a question, name or terms counts for the near tie: the word, its stem, a
// synonym, a derivation, the word being typed; not a weak prefix, a compound part or a typo.
constexpr float namedMatch = 0.75f;

} // namespace

SearchEngine::SearchEngine(const LanguageContent &content)
    : m_stemmer(std::make_unique<Stemmer>(content.info.code))
    , m_synonyms(content.synonyms)
{
    for (const QString &word : content.info.stopwords)
        m_stopwords.insert(word);
    // "appjes" finds what "appje" is a synonym of: a one-word key is also known by its stem.
    for (auto it = content.synonyms.constBegin(); it != content.synonyms.constEnd(); ++it) {
        if (it.key().contains(u' '))
            continue;
        const QString stem = m_stemmer->stem(it.key());
        if (!m_synonyms.contains(stem))
            m_synonyms.insert(stem, it.value());
    }

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
            if (text->size() >= 3)
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

SearchEngine::~SearchEngine() = default;

void SearchEngine::addDocument(SearchHit::Kind kind, const QString &id, const QString &title,
                               const QStringList &terms, const QString &body)
{
    m_documents.push_back({ kind, id, title, body, {}, quint32(m_bodyStarts.size()) });
    const int document = int(m_documents.size() - 1);
    addField(document, Title, { title });
    addField(document, Terms, terms);
    addField(document, Body, { body });
}

void SearchEngine::addField(int document, Field field, const QStringList &texts)
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
        position += 4;
    }
    target.length[field] = count;
}

void SearchEngine::addPhrase(int document, const QStringList &tokens)
{
    if (tokens.isEmpty())
        return;
    std::vector<int> &documents = m_phrases[tokens.join(u' ')];
    if (documents.empty() || documents.back() != document)
        documents.push_back(document);
}

int SearchEngine::wordId(const QString &word)
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

void SearchEngine::buildCompoundEnds()
{
    // Every end of a word that follows a known word (maybe with a linking s, e or en):
    // "kindermisbruik" -> "misbruik" (after "kinder", the stem of "kinderen"). A query word
    // then finds the compounds it stands in with one binary search, not a scan of the text.
    for (size_t id = 0; id < m_words.size(); ++id) {
        const QString &text = m_words[id].text;
        if (text.size() < 7 || text.size() > maxWordLength + 3)
            continue;
        for (qsizetype at = 3; at + 4 <= text.size(); ++at) {
            if (isCompoundHead(QStringView(text).left(at)))
                m_compoundEnds.push_back({ int(id), int(at) });
        }
    }
    std::sort(m_compoundEnds.begin(), m_compoundEnds.end(), [this](const CompoundEnd &x, const CompoundEnd &y) {
        return QStringView(m_words[size_t(x.wordId)].text).mid(x.offset)
            < QStringView(m_words[size_t(y.wordId)].text).mid(y.offset);
    });
    m_compoundEnds.shrink_to_fit();
}

bool SearchEngine::addExactStem(Slot &slot, const QString &word, float factor, MatchType type) const
{
    auto it = m_stemIndex.constFind(m_stemmer->stem(word));
    if (it == m_stemIndex.constEnd())
        return false;
    for (int id : *it)
        slot.expansions.push_back({ id, factor, type });
    return true;
}

quint64 SearchEngine::startKey(QStringView word)
{
    return quint64(word[0].unicode()) << 32 | quint64(word[1].unicode()) << 16 | quint64(word[2].unicode());
}

bool SearchEngine::isKnown(const QString &part) const
{
    if (part.size() < 3)
        return false;
    // Most pieces of a long word start like no known word: no hashing, no stemming for them.
    if (!std::binary_search(m_starts.begin(), m_starts.end(), startKey(part)))
        return false;
    if (m_stopwords.contains(part))
        return false;
    if (m_wordIndex.contains(part))
        return true;
    if (part.size() < 4)
        return false;
    // "dits" stems to the stopword "dit": not a part worth finding.
    const QString stem = m_stemmer->stem(part);
    return !m_stopwords.contains(stem) && m_stemIndex.contains(stem);
}

bool SearchEngine::isKnownAtIndexTime(QStringView part) const
{
    // As isKnown(), without stemming: a head is a word of the text or the stem of one
    // ("kinder" of "kinderen"). Stemming every piece of every word would slow the build.
    if (part.size() < 3 || !std::binary_search(m_starts.begin(), m_starts.end(), startKey(part)))
        return false;
    const QString text = part.toString();
    return !m_stopwords.contains(text) && (m_wordIndex.contains(text) || m_stemIndex.contains(text));
}

bool SearchEngine::isCompoundHead(QStringView head) const
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

void SearchEngine::addCompoundsContaining(Slot &slot, const QString &word, float factor) const
{
    if (word.size() < 4 || word.size() > maxWordLength)
        return;
    auto end = [this](const CompoundEnd &entry) { return QStringView(m_words[size_t(entry.wordId)].text).mid(entry.offset); };
    auto it = std::lower_bound(m_compoundEnds.begin(), m_compoundEnds.end(), word,
                               [&end](const CompoundEnd &entry, const QString &w) { return end(entry) < QStringView(w); });
    for (; it != m_compoundEnds.end() && end(*it).startsWith(word); ++it)
        slot.expansions.push_back({ it->wordId, factor, MatchType::Compound });
}

void SearchEngine::addCompoundParts(Slot &slot, const QString &word, bool oneEditCorrection) const
{
    // The split that covers most of the word with known words, then the one with fewest
    // parts. Between parts a linking s, e or en may stand ("vrijwilliger-s-werk"), and an
    // unknown rest is allowed as long as known words cover most of the word
    // ("slachtofferhulp" + "verlening").
    const qsizetype n = word.size();
    if (n < 7 || n > maxWordLength)
        return;
    struct State
    {
        int covered = -1;
        int parts = 0;
        int from = 0;   ///< where the step that reached this state started
        bool known = false;
    };
    std::vector<State> best(size_t(n) + 1);
    best[0] = { 0, 0, 0, false };
    auto offer = [&best](qsizetype to, const State &candidate) {
        State &current = best[size_t(to)];
        if (candidate.covered > current.covered
            || (candidate.covered == current.covered && candidate.parts < current.parts))
            current = candidate;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const State &here = best[size_t(i)];
        if (here.covered < 0)
            continue;
        offer(i + 1, { here.covered, here.parts, int(i), false });
        if (i > 0 && best[size_t(i)].known) {
            for (const char16_t *link : linkings) {
                const QStringView linking(link);
                if (QStringView(word).mid(i).startsWith(linking) && i + linking.size() < n)
                    offer(i + linking.size(), { here.covered + int(linking.size()), here.parts, int(i), false });
            }
        }
        for (qsizetype j = i + 3; j <= n; ++j) {
            if (i == 0 && j == n)
                continue; // the whole word: not a compound
            if (isKnown(word.mid(i, j - i)))
                offer(j, { here.covered + int(j - i), here.parts + 1, int(i), true });
        }
    }
    const State &end = best[size_t(n)];
    if (end.parts == 0 || end.covered * 10 < n * 6)
        return;
    for (qsizetype to = n; to > 0;) {
        const State &state = best[size_t(to)];
        if (state.known) {
            // Each part as a word, and inside other compounds: "materiaal" in "beeldmateriaal".
            const QString part = word.mid(state.from, to - state.from);
            // "nuditsen" is "nudisten" with one swap, not "dits": a small part loses to a
            // correction of the whole word.
            if (!oneEditCorrection || part.size() * 2 >= n) {
                const float factor = 0.4f + 0.4f * float(part.size()) / float(n);
                addExactStem(slot, part, factor, MatchType::Compound);
                addCompoundsContaining(slot, part, factor * 0.6f);
            }
        }
        to = state.from;
    }
}

template<typename Found>
void SearchEngine::walkVocabulary(QStringView word, int maxEdits, int maxDepth, Found found) const
{
    // A Levenshtein automaton run over the sorted vocabulary as over a trie: the words share
    // the rows of their common start, and a start already more than maxEdits away skips
    // every word that begins with it (m_sortedCommon says where that run ends). Optimal string alignment: a swap
    // of two neighbouring letters is one edit. Calls found(begin, end, depth, distance) for
    // each word of at most maxDepth letters within maxEdits (end = begin + 1, depth = its
    // length), and for each run of longer words whose first maxDepth letters are.
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

bool SearchEngine::addTypos(Slot &slot, const QString &word, bool isLastWord) const
{
    const int edits = allowedEdits(word.size());
    if (edits == 0 || word.size() > maxWordLength)
        return false;
    bool oneEdit = false;
    walkVocabulary(word, edits, int(word.size()) + edits, [&](size_t begin, size_t end, int depth, int distance) {
        for (size_t i = begin; i < end; ++i) {
            const int id = m_sortedWordIds[i];
            const QString &text = m_words[size_t(id)].text;
            // A longer word is not within the edits as a whole; "heen" is not "een", a
            // stopword, corrected.
            if (text.size() != depth || m_stopwords.contains(text))
                continue;
            slot.expansions.push_back({ id, distance <= 1 ? 0.5f : 0.35f, MatchType::Fuzzy });
            oneEdit = oneEdit || distance <= 1;
        }
    });
    // The word being typed, with a typo in it: "kinderpr" for "kinderporno".
    if (!isLastWord || word.size() < 5)
        return oneEdit;
    walkVocabulary(word, 1, int(word.size()), [&](size_t begin, size_t end, int depth, int) {
        for (size_t i = begin; i < end; ++i) {
            const int id = m_sortedWordIds[i];
            if (m_words[size_t(id)].text.size() >= depth + 2)
                slot.expansions.push_back({ id, 0.3f, MatchType::Fuzzy });
        }
    });
    return oneEdit;
}

void SearchEngine::expand(Slot &slot, const QString &word, bool isLastWord) const
{
    const bool exact = addExactStem(slot, word, 1.0f, MatchType::Exact);

    auto synonyms = m_synonyms.constFind(word);
    if (synonyms == m_synonyms.constEnd())
        synonyms = m_synonyms.constFind(m_stemmer->stem(word));
    const bool synonym = synonyms != m_synonyms.constEnd();
    if (synonym) {
        for (const QString &other : *synonyms) {
            const QStringList parts = other.split(u' ', Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                if (!m_stopwords.contains(part))
                    addExactStem(slot, part, parts.size() > 1 ? 0.8f : 0.9f, MatchType::Synonym);
            }
        }
    }

    // The word being typed may be the start of a longer word; a known word only weakly
    // ("kind" while "kinderporno" is typed), a finished one not at all. A finished unknown
    // word of four letters or more may be cut short ("anon melden").
    const float prefixFactor = isLastWord ? (exact ? 0.4f : 0.85f) : (exact ? 0.0f : 0.7f);
    const qsizetype minimumPrefix = isLastWord ? 2 : 4;
    if (prefixFactor > 0 && word.size() >= minimumPrefix) {
        auto begin = std::lower_bound(m_sortedWordIds.begin(), m_sortedWordIds.end(), word,
                                      [this](int id, const QString &w) { return m_words[size_t(id)].text < w; });
        for (auto it = begin; it != m_sortedWordIds.end() && m_words[size_t(*it)].text.startsWith(word); ++it) {
            if (m_words[size_t(*it)].text != word)
                slot.expansions.push_back({ *it, prefixFactor, MatchType::Prefix });
        }
    }

    // A past participle finds its verb and the verb's synonyms: "gefilmd" => "filmen" =>
    // "filmpje"; "aangerand" => "aanranden", and below "aanranding".
    QStringList forms { word };
    for (const QString &infinitive : m_stemmer->participleInfinitives(word)) {
        // "geweld" is no participle of "wellen": a guess whose stem is short or a stopword
        // would find every text.
        const QString verbStem = m_stemmer->stem(infinitive);
        if (verbStem.size() < 4 || m_stopwords.contains(verbStem))
            continue;
        bool known = addExactStem(slot, infinitive, participleFactor, MatchType::Synonym);
        auto verbSynonyms = m_synonyms.constFind(infinitive);
        if (verbSynonyms == m_synonyms.constEnd())
            verbSynonyms = m_synonyms.constFind(verbStem);
        if (verbSynonyms != m_synonyms.constEnd()) {
            known = true;
            for (const QString &other : *verbSynonyms) {
                for (const QString &part : other.split(u' ', Qt::SkipEmptyParts)) {
                    if (!m_stopwords.contains(part))
                        addExactStem(slot, part, participleFactor * 0.9f, MatchType::Synonym);
                }
            }
        }
        if (known)
            forms << infinitive;
    }

    // Snowball leaves derivations apart: "melden" (stem "meld") also finds "melding",
    // "melder", "meldingen".
    for (const QString &form : std::as_const(forms)) {
        if (!m_stemmer->isAvailable())
            break;
        const QString stem = m_stemmer->stem(form);
        const float factor = form == word ? 0.75f : 0.75f * participleFactor;
        if (stem.size() >= 4 && stem != form) {
            auto begin = std::lower_bound(m_sortedWordIds.begin(), m_sortedWordIds.end(), stem,
                                          [this](int id, const QString &w) { return m_words[size_t(id)].text < w; });
            for (auto it = begin; it != m_sortedWordIds.end() && m_words[size_t(*it)].text.startsWith(stem); ++it) {
                const QStringView suffix = QStringView(m_words[size_t(*it)].text).mid(stem.size());
                for (const char16_t *derivation : { u"ing", u"ingen", u"er", u"ers", u"ster", u"sters" }) {
                    if (suffix == QStringView(derivation)) {
                        slot.expansions.push_back({ *it, factor, MatchType::Prefix });
                        break;
                    }
                }
            }
        }
    }

    // A word inside a compound: "misbruik" in "kindermisbruik".
    addCompoundsContaining(slot, word, 0.6f);

    // A typo: whenever the word itself is not known.
    const bool oneEdit = !exact && !synonym && addTypos(slot, word, isLastWord);

    // A compound made of known words: "kinderpornomateriaal" -> "kinderporno" + "materiaal".
    if (!exact)
        addCompoundParts(slot, word, oneEdit);
}

void SearchEngine::capExpansions(Slot &slot) const
{
    // A word reached in two ways counts once, with its best factor.
    std::sort(slot.expansions.begin(), slot.expansions.end(), [](const Expansion &x, const Expansion &y) {
        return x.wordId != y.wordId ? x.wordId < y.wordId : x.factor > y.factor;
    });
    slot.expansions.erase(std::unique(slot.expansions.begin(), slot.expansions.end(),
                                      [](const Expansion &x, const Expansion &y) { return x.wordId == y.wordId; }),
                          slot.expansions.end());
    if (slot.expansions.size() <= size_t(maxExpansions))
        return;
    // The best matches, then the words a visitor most likely means: the most frequent.
    std::partial_sort(slot.expansions.begin(), slot.expansions.begin() + maxExpansions, slot.expansions.end(),
                      [this](const Expansion &x, const Expansion &y) {
                          if (x.factor != y.factor)
                              return x.factor > y.factor;
                          const int dx = m_words[size_t(x.wordId)].documentFrequency;
                          const int dy = m_words[size_t(y.wordId)].documentFrequency;
                          return dx != dy ? dx > dy : x.wordId < y.wordId;
                      });
    slot.expansions.resize(size_t(maxExpansions));
    std::sort(slot.expansions.begin(), slot.expansions.end(),
              [](const Expansion &x, const Expansion &y) { return x.wordId < y.wordId; });
}

std::vector<SearchEngine::Slot> SearchEngine::parseQuery(const QStringList &kept, bool lastWordTyped) const
{
    std::vector<Slot> slots;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        Slot slot { kept[i], {} };
        expand(slot, kept[i], lastWordTyped && i == kept.size() - 1);
        if (i > 0) {
            // Synonym keys of two words: "volwassen porno".
            const QString pair = kept[i - 1] + u' ' + kept[i];
            for (const QString &synonym : m_synonyms.value(pair)) {
                for (const QString &part : synonym.split(u' ', Qt::SkipEmptyParts))
                    addExactStem(slot, part, 0.9f, MatchType::Synonym);
            }
        }
        capExpansions(slot);
        slots.push_back(std::move(slot));
    }
    return slots;
}

const SearchEngine::Posting *SearchEngine::findPostings(int wordId, int document, const Posting **end) const
{
    const std::vector<Posting> &postings = m_words[size_t(wordId)].postings;
    auto first = std::lower_bound(postings.begin(), postings.end(), quint32(document),
                                  [](const Posting &p, quint32 d) { return p.document < d; });
    auto last = first;
    while (last != postings.end() && last->document == quint32(document))
        ++last;
    *end = postings.data() + (last - postings.begin());
    return postings.data() + (first - postings.begin());
}

QList<SearchHit> SearchEngine::search(const QString &query, int limit) const
{
    const QString text = query.left(TextFolding::maxQueryLength);
    QStringList words = TextFolding::tokens(text);
    // "kind" is still being typed; after "kind " or "kind?" it is finished.
    bool lastWordTyped = !text.isEmpty() && (text.back().isLetterOrNumber() || text.back().isMark());
    if (words.size() > maxQueryWords) {
        words = words.mid(0, maxQueryWords);
        lastWordTyped = false;
    }
    QStringList kept;
    for (const QString &word : std::as_const(words)) {
        if (!m_stopwords.contains(word))
            kept << word;
    }
    if (kept.isEmpty())
        kept = words; // "wat is" alone: search what is there
    if (!kept.isEmpty() && kept.last() != words.last())
        lastWordTyped = false; // the word being typed is a stopword: the others are finished

    const std::vector<Slot> slots = parseQuery(kept, lastWordTyped);
    if (slots.empty() || limit <= 0)
        return {};

    const size_t documentCount = m_documents.size();
    // Per document, reused from one search to the next on this thread: clearing megabytes
    // on every keystroke would cost more than the search. Only what a search touched is
    // cleared again.
    thread_local Scratch scratch;
    if (scratch.candidates.size() < documentCount) {
        scratch.candidates.resize(documentCount);
        scratch.fieldTf.resize(documentCount * FieldCount, 0.0f);
        scratch.quality.resize(documentCount, 0.0f);
        scratch.slotExact.resize(documentCount, 0);
        scratch.slotNamed.resize(documentCount, 0);
        scratch.slotWord.resize(documentCount, 0);
        scratch.scores.resize(documentCount, 0.0);
    }
    std::vector<Candidate> &candidates = scratch.candidates;
    std::vector<float> &fieldTf = scratch.fieldTf;
    std::vector<float> &quality = scratch.quality;
    std::vector<char> &slotExact = scratch.slotExact;
    std::vector<char> &slotNamed = scratch.slotNamed;
    std::vector<char> &slotWord = scratch.slotWord;
    std::vector<double> &scores = scratch.scores;
    std::vector<int> touched;
    std::vector<int> slotDocs;

    for (const Slot &slot : slots) {
        slotDocs.clear();
        int slotDocumentFrequency = 0;
        for (const Expansion &expansion : slot.expansions)
            slotDocumentFrequency = std::max(slotDocumentFrequency,
                                             m_words[size_t(expansion.wordId)].documentFrequency);

        for (const Expansion &expansion : slot.expansions) {
            const bool exact = expansion.type != MatchType::Fuzzy;
            for (const Posting &posting : m_words[size_t(expansion.wordId)].postings) {
                const size_t d = posting.document;
                if (quality[d] == 0.0f)
                    slotDocs.push_back(int(d));
                fieldTf[d * FieldCount + (posting.place >> fieldShift)] += expansion.factor;
                quality[d] = std::max(quality[d], expansion.factor);
                slotExact[d] = char(slotExact[d] | (exact ? 1 : 0));
                if (exact && expansion.factor >= namedMatch && (posting.place >> fieldShift) != Body)
                    slotNamed[d] = 1;
                if (expansion.type == MatchType::Exact && expansion.factor >= 1.0f)
                    slotWord[d] = 1;
            }
        }

        const double n = double(documentCount);
        const double df = std::max(1, slotDocumentFrequency);
        const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
        for (int d : slotDocs) {
            const Document &document = m_documents[size_t(d)];
            double pseudoTf = 0;
            for (int field = 0; field < FieldCount; ++field) {
                float &tf = fieldTf[size_t(d) * FieldCount + size_t(field)];
                const double norm = 1.0 - b + b * document.length[field] / m_averageLength[field];
                pseudoTf += fieldWeight[field] * tf / norm;
                tf = 0.0f;
            }
            Candidate &candidate = candidates[size_t(d)];
            if (!candidate.matched)
                touched.push_back(d);
            candidate.matched = true;
            candidate.score += (0.1 + idf) * pseudoTf * (k1 + 1) / (pseudoTf + k1);
            candidate.coverage += quality[size_t(d)];
            candidate.exactSlots += slotExact[size_t(d)];
            candidate.namedSlots += slotNamed[size_t(d)];
            candidate.wordSlots += slotWord[size_t(d)];
            quality[size_t(d)] = 0.0f;
            slotExact[size_t(d)] = 0;
            slotNamed[size_t(d)] = 0;
            slotWord[size_t(d)] = 0;
        }
    }

    // A visitor who types an organisation's name ("politie", "veilig thuis") wants its card.
    for (const QString &title : { words.join(u' '), kept.join(u' ') }) {
        for (int d : m_titles.value(title))
            candidates[size_t(d)].wholeTitle = candidates[size_t(d)].matched;
    }

    // A query that is a whole question or term of a document ("anoniem melden", "veilig thuis").
    for (const QString &phrase : { words.join(u' '), kept.join(u' ') }) {
        auto it = m_phrases.constFind(phrase);
        if (it == m_phrases.constEnd())
            continue;
        for (int d : *it) {
            if (candidates[size_t(d)].matched)
                candidates[size_t(d)].proximity *= 1.5;
        }
        break;
    }

    // The FAQ answers the question; a card is the next step, so a card needs a clearer match.
    // Each query word counts toward the coverage by the quality of its match.
    const double slotCount = double(slots.size());
    auto updateScore = [this, &candidates, &scores, slotCount](int d) {
        const Candidate &candidate = candidates[size_t(d)];
        const double prior = m_documents[size_t(d)].kind == SearchHit::Kind::Organisation ? 0.85 : 1.0;
        const double coverage = double(candidate.coverage) / slotCount;
        scores[size_t(d)] = candidate.score * candidate.proximity * prior * coverage * coverage;
    };
    auto better = [&candidates, &scores](int a, int c) {
        const Candidate &x = candidates[size_t(a)];
        const Candidate &y = candidates[size_t(c)];
        if ((x.exactSlots > 0) != (y.exactSlots > 0))
            return x.exactSlots > 0;
        if (x.wholeTitle != y.wholeTitle)
            return x.wholeTitle;
        if (scores[size_t(a)] != scores[size_t(c)])
            return scores[size_t(a)] > scores[size_t(c)];
        return a < c;
    };
    for (int d : touched)
        updateScore(d);

    // Proximity, for the best candidates only (all of them on the shipped content): query
    // words that stand together in one field of the text.
    const size_t shortlist = std::min(touched.size(), std::max<size_t>(size_t(limit) * 3, 150));
    std::partial_sort(touched.begin(), touched.begin() + qsizetype(shortlist), touched.end(), better);
    if (slots.size() > 1) {
        std::vector<quint32> previous;
        std::vector<quint32> here;
        for (size_t i = 0; i < shortlist; ++i) {
            const int d = touched[i];
            previous.clear();
            for (const Slot &slot : slots) {
                here.clear();
                for (const Expansion &expansion : slot.expansions) {
                    const Posting *end = nullptr;
                    for (const Posting *p = findPostings(expansion.wordId, d, &end); p != end; ++p)
                        here.push_back(p->place);
                }
                std::sort(here.begin(), here.end());
                quint32 bestGap = 100;
                auto p = previous.begin();
                for (quint32 q : here) {
                    while (p != previous.end() && p + 1 != previous.end() && *(p + 1) < q)
                        ++p;
                    if (p != previous.end() && *p < q && *p >> fieldShift == q >> fieldShift)
                        bestGap = std::min(bestGap, q - *p);
                }
                if (bestGap == 1)
                    candidates[size_t(d)].proximity *= 1.3;
                else if (bestGap <= 3)
                    candidates[size_t(d)].proximity *= 1.1;
                std::swap(previous, here);
            }
            updateScore(d);
        }
    }
    const size_t count = std::min(shortlist, size_t(limit));
    // A few more than asked for: one just below the limit may win a near tie.
    const size_t ranked = std::min(shortlist, count + 4);
    std::partial_sort(touched.begin(), touched.begin() + qsizetype(ranked), touched.begin() + qsizetype(shortlist), better);

    // Near ties: scores within 10% of the first of a run say nothing a person would go by.
    // The document that holds more of the query's words as typed (or by their stem) comes
    // first, then the one whose question, name or terms (what its editors say it is about)
    // hold more of them; the score only after that.
    auto sameTier = [&candidates](int a, int c) {
        const Candidate &x = candidates[size_t(a)];
        const Candidate &y = candidates[size_t(c)];
        return (x.exactSlots > 0) == (y.exactSlots > 0) && x.wholeTitle == y.wholeTitle;
    };
    for (size_t first = 0; first < ranked;) {
        size_t end = first + 1;
        while (end < ranked && sameTier(touched[first], touched[end])
               && scores[size_t(touched[end])] >= scores[size_t(touched[first])] * nearTie)
            ++end;
        std::stable_sort(touched.begin() + qsizetype(first), touched.begin() + qsizetype(end), [&candidates](int a, int c) {
            const Candidate &x = candidates[size_t(a)];
            const Candidate &y = candidates[size_t(c)];
            return x.wordSlots != y.wordSlots ? x.wordSlots > y.wordSlots : x.namedSlots > y.namedSlots;
        });
        first = end;
    }

    std::vector<int> matchedIds;
    QList<SearchHit> hits;
    hits.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const int d = touched[i];
        const Document &document = m_documents[size_t(d)];
        const Candidate &candidate = candidates[size_t(d)];
        SearchHit hit;
        hit.kind = document.kind;
        hit.id = document.id;
        hit.title = document.title;
        hit.score = std::round(scores[size_t(d)] * 1000.0) / 1000.0;
        hit.fuzzyOnly = candidate.exactSlots == 0;
        matchedIds.clear();
        for (const Slot &slot : slots) {
            for (const Expansion &expansion : slot.expansions) {
                const Posting *end = nullptr;
                if (findPostings(expansion.wordId, d, &end) != end) {
                    matchedIds.push_back(expansion.wordId);
                    hit.matchedWords.insert(m_words[size_t(expansion.wordId)].text);
                }
            }
        }
        hit.snippet = snippet(d, matchedIds);
        hits.append(hit);
    }
    for (int d : touched)
        candidates[size_t(d)] = Candidate();
    return hits;
}

QString SearchEngine::snippet(int d, const std::vector<int> &matchedIds) const
{
    constexpr qsizetype width = SearchHit::snippetLength;
    const Document &document = m_documents[size_t(d)];
    const QString &body = document.body;
    // The first place in the body where a matched word stands.
    quint32 first = quint32(-1);
    for (int id : matchedIds) {
        const Posting *end = nullptr;
        for (const Posting *p = findPostings(id, d, &end); p != end; ++p) {
            if (p->place >> fieldShift == Body) {
                first = std::min(first, p->place & ((1u << fieldShift) - 1));
                break;
            }
        }
    }
    qsizetype start = 0;
    if (first != quint32(-1))
        start = std::max<qsizetype>(0, qsizetype(m_bodyStarts[document.bodyStarts + first]) - 40);
    if (start > 0) {
        const qsizetype space = body.indexOf(u' ', start);
        start = space < 0 || space > start + 20 ? start : space + 1;
    }
    // Only what can show: the rest of a long body is not copied.
    const QString text = excerpt(body.mid(start, width + 1).replace(u'\n', u' '), width);
    return start > 0 ? u'…' + text : text;
}

QList<SearchHit> SearchEngine::topicHits(const LanguageContent &content, const QString &topicId)
{
    QList<SearchHit> hits;
    for (const FaqEntry *entry : content.entriesInTopic(topicId)) {
        SearchHit hit;
        hit.id = entry->id;
        hit.title = entry->question;
        hit.snippet = excerpt(plainText(entry->answer).replace(u'\n', u' '), SearchHit::snippetLength);
        hits.append(hit);
    }
    return hits;
}

} // namespace meldpunt
