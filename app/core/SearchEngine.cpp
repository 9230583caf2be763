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

/// Optimal string alignment distance (a transposition counts as one edit), or max + 1
/// as soon as it must exceed max.
int editDistance(const QString &a, const QString &c, int max)
{
    const qsizetype n = a.size();
    const qsizetype m = c.size();
    if (std::abs(int(n - m)) > max)
        return max + 1;
    std::vector<int> previous2(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == c[j - 1] ? 0 : 1;
            int value = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == c[j - 2] && a[i - 2] == c[j - 1])
                value = std::min(value, previous2[j - 2] + 1);
            current[j] = value;
            rowMin = std::min(rowMin, value);
        }
        if (rowMin > max)
            return max + 1;
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

int allowedEdits(qsizetype length)
{
    if (length < 4)
        return 0;
    return length <= 7 ? 1 : 2;
}

} // namespace

SearchEngine::SearchEngine(const LanguageContent &content)
    : m_stemmer(std::make_unique<Stemmer>(content.info.code))
    , m_synonyms(content.synonyms)
{
    for (const QString &word : content.info.stopwords)
        m_stopwords.insert(word);

    m_documents.reserve(size_t(content.faq.size() + content.organisations.size()));
    for (const FaqEntry &entry : content.faq) {
        addDocument(SearchHit::Kind::Faq, entry.id, entry.question, entry.terms.join(u' '),
                    plainText(entry.answer));
    }
    for (const Organisation &organisation : content.organisations) {
        const QString terms = organisation.terms.join(u' ') + u' ' + organisation.partOf;
        QString body = organisation.plainText();
        body = body.mid(body.indexOf(u'\n') + 1); // the name is the title already
        addDocument(SearchHit::Kind::Organisation, organisation.id, organisation.name, terms, body);
    }

    for (Word &word : m_words) {
        int last = -1;
        for (const Posting &posting : word.postings) {
            if (posting.document != last)
                ++word.documentFrequency;
            last = posting.document;
        }
    }
    for (Document &document : m_documents) {
        std::sort(document.wordIds.begin(), document.wordIds.end());
        document.wordIds.erase(std::unique(document.wordIds.begin(), document.wordIds.end()),
                               document.wordIds.end());
    }
    m_sortedWordIds.resize(m_words.size());
    for (size_t i = 0; i < m_words.size(); ++i)
        m_sortedWordIds[i] = int(i);
    std::sort(m_sortedWordIds.begin(), m_sortedWordIds.end(),
              [this](int a, int c) { return m_words[size_t(a)].text < m_words[size_t(c)].text; });
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
                               const QString &terms, const QString &body)
{
    m_documents.push_back({ kind, id, title, body, {}, {} });
    const int document = int(m_documents.size() - 1);
    addField(document, Title, title);
    addField(document, Terms, terms);
    addField(document, Body, body);
}

void SearchEngine::addField(int document, Field field, const QString &text)
{
    int position = 0;
    for (const QString &token : TextFolding::tokens(text)) {
        const int id = wordId(token);
        m_words[size_t(id)].postings.push_back({ document, field, position++ });
        m_documents[size_t(document)].wordIds.push_back(id);
    }
    m_documents[size_t(document)].length[field] = position;
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

void SearchEngine::addExactStem(Slot &slot, const QString &word, float factor, MatchType type) const
{
    auto it = m_stemIndex.constFind(m_stemmer->stem(word));
    if (it == m_stemIndex.constEnd())
        return;
    for (int id : *it)
        slot.expansions.push_back({ id, factor, type });
}

void SearchEngine::expand(Slot &slot, const QString &word, bool isLastWord) const
{
    addExactStem(slot, word, 1.0f, MatchType::Exact);
    const bool exact = !slot.expansions.empty();

    for (const QString &synonym : m_synonyms.value(word)) {
        const QStringList parts = synonym.split(u' ', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!m_stopwords.contains(part))
                addExactStem(slot, part, parts.size() > 1 ? 0.8f : 0.9f, MatchType::Synonym);
        }
    }

    // The word being typed, or any longer word, may be the start of a word in the text.
    const qsizetype minimumPrefix = isLastWord ? 2 : 4;
    if (word.size() >= minimumPrefix) {
        auto begin = std::lower_bound(m_sortedWordIds.begin(), m_sortedWordIds.end(), word,
                                      [this](int id, const QString &w) { return m_words[size_t(id)].text < w; });
        for (auto it = begin; it != m_sortedWordIds.end() && m_words[size_t(*it)].text.startsWith(word); ++it) {
            if (m_words[size_t(*it)].text != word)
                slot.expansions.push_back({ *it, isLastWord ? 0.85f : 0.7f, MatchType::Prefix });
        }
    }

    // A word inside a compound: "misbruik" in "kindermisbruik".
    if (word.size() >= 4) {
        for (size_t id = 0; id < m_words.size(); ++id) {
            const QString &text = m_words[id].text;
            if (text.size() > word.size() + 2 && text.indexOf(word, 1) > 0)
                slot.expansions.push_back({ int(id), 0.6f, MatchType::Compound });
        }
    }

    // A compound made of known words: "vrijwilligerswerk" -> "vrijwilligers" + "werk".
    if (!exact && word.size() >= 8) {
        for (qsizetype split = 3; split <= word.size() - 3; ++split) {
            const QString head = word.left(split);
            const QString tail = word.mid(split);
            if (m_wordIndex.contains(head) && m_wordIndex.contains(tail) && !m_stopwords.contains(tail)) {
                addExactStem(slot, head, 0.7f, MatchType::Compound);
                addExactStem(slot, tail, 0.5f, MatchType::Compound);
                break;
            }
        }
    }

    if (!slot.expansions.empty())
        return;

    // Nothing else found: a typo.
    const int edits = allowedEdits(word.size());
    if (edits == 0)
        return;
    for (size_t id = 0; id < m_words.size(); ++id) {
        const QString &text = m_words[id].text;
        const int distance = editDistance(word, text, edits);
        if (distance <= edits) {
            slot.expansions.push_back({ int(id), distance == 1 ? 0.5f : 0.35f, MatchType::Fuzzy });
        } else if (isLastWord && text.size() > word.size()
                   && editDistance(word, text.left(word.size()), 1) <= 1 && word.size() >= 5) {
            slot.expansions.push_back({ int(id), 0.3f, MatchType::Fuzzy });
        }
    }
}

std::vector<SearchEngine::Slot> SearchEngine::parseQuery(const QString &query) const
{
    QStringList words = TextFolding::tokens(query.left(TextFolding::maxQueryLength));
    if (words.size() > maxQueryWords)
        words = words.mid(0, maxQueryWords);

    QStringList kept;
    for (const QString &word : words) {
        if (!m_stopwords.contains(word))
            kept << word;
    }
    if (kept.isEmpty())
        kept = words; // "wat is" alone: search what is there

    std::vector<Slot> slots;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        Slot slot { kept[i], {} };
        const bool isLastWord = i == kept.size() - 1 && kept[i] == words.last();
        expand(slot, kept[i], isLastWord);
        if (i > 0) {
            // Synonym keys of two words: "volwassen porno".
            const QString pair = kept[i - 1] + u' ' + kept[i];
            for (const QString &synonym : m_synonyms.value(pair)) {
                for (const QString &part : synonym.split(u' ', Qt::SkipEmptyParts))
                    addExactStem(slot, part, 0.9f, MatchType::Synonym);
            }
        }
        slots.push_back(std::move(slot));
    }
    return slots;
}

QList<SearchHit> SearchEngine::search(const QString &query, int limit) const
{
    const std::vector<Slot> slots = parseQuery(query);
    if (slots.empty() || limit <= 0)
        return {};

    const size_t documentCount = m_documents.size();
    struct Candidate
    {
        double score = 0;
        int matchedSlots = 0;
        int exactSlots = 0;
        double proximity = 1.0;
    };
    std::vector<Candidate> candidates(documentCount);
    std::vector<int> touched;

    std::vector<float> fieldTf(documentCount * FieldCount, 0.0f);
    std::vector<char> slotFuzzy(documentCount, 1);
    std::vector<int> slotDocs;
    // Positions of the previous slot's matches, for the proximity boost: doc -> field*2^20+pos.
    QHash<int, std::vector<int>> previousPositions;

    for (const Slot &slot : slots) {
        slotDocs.clear();
        QHash<int, std::vector<int>> positions;
        // The best factor per word: a word reached in two ways counts once.
        QHash<int, Expansion> best;
        for (const Expansion &expansion : slot.expansions) {
            auto it = best.find(expansion.wordId);
            if (it == best.end() || it->factor < expansion.factor)
                best.insert(expansion.wordId, expansion);
        }
        int slotDocumentFrequency = 0;
        for (const Expansion &expansion : std::as_const(best))
            slotDocumentFrequency = std::max(slotDocumentFrequency,
                                             m_words[size_t(expansion.wordId)].documentFrequency);

        for (const Expansion &expansion : std::as_const(best)) {
            for (const Posting &posting : m_words[size_t(expansion.wordId)].postings) {
                const size_t d = size_t(posting.document);
                float &tf = fieldTf[d * FieldCount + size_t(posting.field)];
                if (tf == 0.0f && fieldTf[d * FieldCount] + fieldTf[d * FieldCount + 1]
                            + fieldTf[d * FieldCount + 2] == 0.0f) {
                    slotDocs.push_back(int(d));
                    slotFuzzy[d] = 1;
                }
                tf += expansion.factor;
                if (expansion.type != MatchType::Fuzzy)
                    slotFuzzy[d] = 0;
                positions[int(d)].push_back(posting.field * (1 << 20) + posting.position);
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
            if (candidate.matchedSlots == 0 && candidate.score == 0)
                touched.push_back(d);
            candidate.score += (0.1 + idf) * pseudoTf * (k1 + 1) / (pseudoTf + k1);
            candidate.matchedSlots += 1;
            candidate.exactSlots += slotFuzzy[size_t(d)] ? 0 : 1;

            // Proximity: this slot's word right after (or close to) the previous one.
            auto previous = previousPositions.constFind(d);
            if (previous != previousPositions.constEnd()) {
                const std::vector<int> &here = positions[d];
                int bestGap = 100;
                for (int p : *previous) {
                    for (int q : here) {
                        if (p >> 20 == q >> 20 && q > p)
                            bestGap = std::min(bestGap, q - p);
                    }
                }
                if (bestGap == 1)
                    candidate.proximity *= 1.3;
                else if (bestGap <= 3)
                    candidate.proximity *= 1.1;
            }
        }
        previousPositions = std::move(positions);
    }

    // The FAQ answers the question; a card is the next step, so a card needs a clearer match.
    auto prior = [this](int d) {
        return m_documents[size_t(d)].kind == SearchHit::Kind::Organisation ? 0.85 : 1.0;
    };
    std::sort(touched.begin(), touched.end(), [&](int a, int c) {
        const Candidate &x = candidates[size_t(a)];
        const Candidate &y = candidates[size_t(c)];
        if (x.matchedSlots != y.matchedSlots)
            return x.matchedSlots > y.matchedSlots;
        if (x.exactSlots != y.exactSlots)
            return x.exactSlots > y.exactSlots;
        const double sx = x.score * x.proximity * prior(a);
        const double sy = y.score * y.proximity * prior(c);
        if (sx != sy)
            return sx > sy;
        return a < c;
    });

    QList<SearchHit> hits;
    const size_t count = std::min(touched.size(), size_t(limit));
    for (size_t i = 0; i < count; ++i) {
        const int d = touched[i];
        const Document &document = m_documents[size_t(d)];
        const Candidate &candidate = candidates[size_t(d)];
        SearchHit hit;
        hit.kind = document.kind;
        hit.id = document.id;
        hit.title = document.title;
        hit.score = std::round(candidate.score * candidate.proximity * prior(d) * 1000.0) / 1000.0;
        hit.fuzzyOnly = candidate.exactSlots == 0;
        for (const Slot &slot : slots) {
            for (const Expansion &expansion : slot.expansions) {
                if (std::binary_search(document.wordIds.begin(), document.wordIds.end(), expansion.wordId))
                    hit.matchedWords.insert(m_words[size_t(expansion.wordId)].text);
            }
        }
        hit.snippet = snippet(document, hit.matchedWords);
        hits.append(hit);
    }
    return hits;
}

QString SearchEngine::snippet(const Document &document, const QSet<QString> &matched) const
{
    constexpr qsizetype width = 160;
    const QString body = QString(document.body).replace(u'\n', u' ');
    qsizetype start = 0;
    for (const TextFolding::Word &word : TextFolding::words(body)) {
        if (matched.contains(word.folded)) {
            start = std::max<qsizetype>(0, word.start - 40);
            break;
        }
    }
    if (start > 0) {
        const qsizetype space = body.indexOf(u' ', start);
        start = space < 0 || space > start + 20 ? start : space + 1;
    }
    QString text = body.mid(start, width);
    if (start + width < body.size()) {
        const qsizetype space = text.lastIndexOf(u' ');
        text = (space > width / 2 ? text.left(space) : text) + u'…';
    }
    return start > 0 ? u'…' + text : text;
}

} // namespace meldpunt
