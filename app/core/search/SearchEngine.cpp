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

// A query word is matched against every known word only within these lengths.
constexpr qsizetype maxWordLength = 40;

/// Optimal string alignment distance (a transposition counts as one edit), or max + 1
/// as soon as it must exceed max.
int editDistance(QStringView a, QStringView c, int max)
{
    const qsizetype n = a.size();
    const qsizetype m = c.size();
    if (std::abs(int(n - m)) > max)
        return max + 1;
    if (n > maxWordLength || m > maxWordLength)
        return max + 1;
    // Three rows on the stack: this runs for every word of the vocabulary of about the
    // query word's length, on every keystroke.
    int rows[3][maxWordLength + 1];
    int *previous2 = rows[0];
    int *previous = rows[1];
    int *current = rows[2];
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
        int *oldest = previous2;
        previous2 = previous;
        previous = current;
        current = oldest;
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
        std::sort(document.places.begin(), document.places.end());
    }
    m_sortedWordIds.resize(m_words.size());
    for (size_t i = 0; i < m_words.size(); ++i) {
        m_sortedWordIds[i] = int(i);
        const qsizetype length = std::min(m_words[i].text.size(), maxWordLength + 1);
        if (m_wordsByLength.size() <= size_t(length))
            m_wordsByLength.resize(size_t(length) + 1);
        m_wordsByLength[size_t(length)].push_back(int(i));
    }
    for (const Word &word : m_words) {
        for (const QString *text : { &word.text, &word.stem }) {
            if (text->size() >= 3)
                m_starts.push_back(startKey(*text));
        }
    }
    std::sort(m_starts.begin(), m_starts.end());
    m_starts.erase(std::unique(m_starts.begin(), m_starts.end()), m_starts.end());
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
                               const QStringList &terms, const QString &body)
{
    m_documents.push_back({ kind, id, title, body, {}, {}, {}, {}, {} });
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
            const int id = wordId(token.folded);
            target.places.push_back({ id, field * (1 << 20) + position });
            m_words[size_t(id)].postings.push_back({ document, field, position++ });
            target.wordIds.push_back(id);
            if (field == Body) {
                target.bodyWords.push_back(id);
                target.bodyStarts.push_back(int(token.start));
            } else {
                phrase << token.folded;
            }
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
    return m_wordIndex.contains(part) || (part.size() >= 4 && m_stemIndex.contains(m_stemmer->stem(part)));
}

void SearchEngine::addCompoundsContaining(Slot &slot, const QString &word, float factor) const
{
    // What stands before the word must be a known word of its own, maybe with a linking s, e
    // or en ("kinder" as in "kinderen"), so "echt" is not found in "terecht", nor "anonim"
    // in "geanonimiseerd".
    if (word.size() < 4 || word.size() > maxWordLength)
        return;
    for (qsizetype length = word.size() + 3; length < qsizetype(m_wordsByLength.size()); ++length) {
        for (int id : m_wordsByLength[size_t(length)]) {
            const QString &text = m_words[size_t(id)].text;
            for (qsizetype at = text.indexOf(word, 3); at > 0; at = text.indexOf(word, at + 1)) {
                if (isCompoundHead(QStringView(text).left(at))) {
                    slot.expansions.push_back({ id, factor, MatchType::Compound });
                    break;
                }
            }
        }
    }
}

bool SearchEngine::isCompoundHead(QStringView head) const
{
    if (isKnown(head.toString()))
        return true;
    for (const char16_t *link : { u"s", u"e", u"en" }) {
        if (head.endsWith(QStringView(link)) && isKnown(head.chopped(qsizetype(std::char_traits<char16_t>::length(link))).toString()))
            return true;
    }
    return false;
}

void SearchEngine::addCompoundParts(Slot &slot, const QString &word) const
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
            for (const char16_t *link : { u"s", u"e", u"en" }) {
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
            const float factor = 0.4f + 0.4f * float(part.size()) / float(n);
            addExactStem(slot, part, factor, MatchType::Compound);
            addCompoundsContaining(slot, part, factor * 0.6f);
        }
        to = state.from;
    }
}

void SearchEngine::addTypos(Slot &slot, const QString &word, bool isLastWord) const
{
    const int edits = allowedEdits(word.size());
    if (edits == 0 || word.size() > maxWordLength)
        return;
    const qsizetype lastLength = qsizetype(m_wordsByLength.size()) - 1;
    for (qsizetype length = word.size() - edits; length <= std::min(word.size() + edits, lastLength); ++length) {
        for (int id : m_wordsByLength[size_t(length)]) {
            const int distance = editDistance(word, m_words[size_t(id)].text, edits);
            if (distance <= edits)
                slot.expansions.push_back({ id, distance == 1 ? 0.5f : 0.35f, MatchType::Fuzzy });
        }
    }
    // The word being typed, with a typo in it: "kinderpr" for "kinderporno".
    if (!isLastWord || word.size() < 5)
        return;
    for (qsizetype length = word.size() + 2; length <= lastLength; ++length) {
        for (int id : m_wordsByLength[size_t(length)]) {
            const QString &text = m_words[size_t(id)].text;
            if (editDistance(word, QStringView(text).left(word.size()), 1) <= 1)
                slot.expansions.push_back({ id, 0.3f, MatchType::Fuzzy });
        }
    }
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

    // Snowball leaves derivations apart: "melden" (stem "meld") also finds "melding",
    // "melder", "meldingen".
    if (m_stemmer->isAvailable()) {
        const QString stem = m_stemmer->stem(word);
        if (stem.size() >= 4 && stem != word) {
            auto begin = std::lower_bound(m_sortedWordIds.begin(), m_sortedWordIds.end(), stem,
                                          [this](int id, const QString &w) { return m_words[size_t(id)].text < w; });
            for (auto it = begin; it != m_sortedWordIds.end() && m_words[size_t(*it)].text.startsWith(stem); ++it) {
                const QStringView suffix = QStringView(m_words[size_t(*it)].text).mid(stem.size());
                for (const char16_t *derivation : { u"ing", u"ingen", u"er", u"ers", u"ster", u"sters" }) {
                    if (suffix == QStringView(derivation)) {
                        slot.expansions.push_back({ *it, 0.75f, MatchType::Prefix });
                        break;
                    }
                }
            }
        }
    }

    // A word inside a compound: "misbruik" in "kindermisbruik".
    addCompoundsContaining(slot, word, 0.6f);

    // A compound made of known words: "kinderpornomateriaal" -> "kinderporno" + "materiaal".
    if (!exact)
        addCompoundParts(slot, word);

    // A typo: whenever the word itself is not known.
    if (!exact && !synonym)
        addTypos(slot, word, isLastWord);
}

std::vector<SearchEngine::Slot> SearchEngine::parseQuery(const QStringList &words, const QStringList &kept) const
{
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
        // A word reached in two ways counts once, with its best factor.
        std::sort(slot.expansions.begin(), slot.expansions.end(), [](const Expansion &x, const Expansion &y) {
            return x.wordId != y.wordId ? x.wordId < y.wordId : x.factor > y.factor;
        });
        slot.expansions.erase(std::unique(slot.expansions.begin(), slot.expansions.end(),
                                          [](const Expansion &x, const Expansion &y) { return x.wordId == y.wordId; }),
                              slot.expansions.end());
        slots.push_back(std::move(slot));
    }
    return slots;
}

QList<SearchHit> SearchEngine::search(const QString &query, int limit) const
{
    QStringList words = TextFolding::tokens(query.left(TextFolding::maxQueryLength));
    if (words.size() > maxQueryWords)
        words = words.mid(0, maxQueryWords);
    QStringList kept;
    for (const QString &word : std::as_const(words)) {
        if (!m_stopwords.contains(word))
            kept << word;
    }
    if (kept.isEmpty())
        kept = words; // "wat is" alone: search what is there

    const std::vector<Slot> slots = parseQuery(words, kept);
    if (slots.empty() || limit <= 0)
        return {};

    const size_t documentCount = m_documents.size();
    struct Candidate
    {
        double score = 0;
        int matchedSlots = 0;
        int exactSlots = 0;
        double proximity = 1.0;
        bool wholeTitle = false; ///< the query is the document's question or name
    };
    std::vector<Candidate> candidates(documentCount);
    std::vector<int> touched;

    std::vector<float> fieldTf(documentCount * FieldCount, 0.0f);
    std::vector<char> slotFuzzy(documentCount, 1);
    std::vector<int> slotDocs;

    for (const Slot &slot : slots) {
        slotDocs.clear();
        int slotDocumentFrequency = 0;
        for (const Expansion &expansion : slot.expansions)
            slotDocumentFrequency = std::max(slotDocumentFrequency,
                                             m_words[size_t(expansion.wordId)].documentFrequency);

        for (const Expansion &expansion : slot.expansions) {
            for (const Posting &posting : m_words[size_t(expansion.wordId)].postings) {
                const size_t d = size_t(posting.document);
                float *tf = &fieldTf[d * FieldCount];
                if (tf[0] + tf[1] + tf[2] == 0.0f) {
                    slotDocs.push_back(int(d));
                    slotFuzzy[d] = 1;
                }
                tf[posting.field] += expansion.factor;
                if (expansion.type != MatchType::Fuzzy)
                    slotFuzzy[d] = 0;
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
            if (candidate.matchedSlots == 0)
                touched.push_back(d);
            candidate.score += (0.1 + idf) * pseudoTf * (k1 + 1) / (pseudoTf + k1);
            candidate.matchedSlots += 1;
            candidate.exactSlots += slotFuzzy[size_t(d)] ? 0 : 1;
        }
    }

    // A visitor who types an organisation's name ("politie", "veilig thuis") wants its card.
    for (const QString &title : { words.join(u' '), kept.join(u' ') }) {
        for (int d : m_titles.value(title))
            candidates[size_t(d)].wholeTitle = candidates[size_t(d)].matchedSlots > 0;
    }

    // A query that is a whole question or term of a document ("anoniem melden", "veilig thuis").
    for (const QString &phrase : { words.join(u' '), kept.join(u' ') }) {
        auto it = m_phrases.constFind(phrase);
        if (it == m_phrases.constEnd())
            continue;
        for (int d : *it) {
            if (candidates[size_t(d)].matchedSlots > 0)
                candidates[size_t(d)].proximity *= 1.5;
        }
        break;
    }

    // The FAQ answers the question; a card is the next step, so a card needs a clearer match.
    std::vector<double> scores(documentCount);
    auto updateScore = [this, &candidates, &scores](int d) {
        const Candidate &candidate = candidates[size_t(d)];
        const double prior = m_documents[size_t(d)].kind == SearchHit::Kind::Organisation ? 0.85 : 1.0;
        scores[size_t(d)] = candidate.score * candidate.proximity * prior;
    };
    auto better = [&candidates, &scores](int a, int c) {
        const Candidate &x = candidates[size_t(a)];
        const Candidate &y = candidates[size_t(c)];
        if (x.matchedSlots != y.matchedSlots)
            return x.matchedSlots > y.matchedSlots;
        if (x.wholeTitle != y.wholeTitle)
            return x.wholeTitle;
        if (x.exactSlots != y.exactSlots)
            return x.exactSlots > y.exactSlots;
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
        std::vector<int> previous;
        std::vector<int> here;
        for (size_t i = 0; i < shortlist; ++i) {
            const int d = touched[i];
            const Document &document = m_documents[size_t(d)];
            previous.clear();
            for (const Slot &slot : slots) {
                // Both lists are sorted by word id: one merge finds where the slot's words stand.
                here.clear();
                auto place = document.places.begin();
                for (const Expansion &expansion : slot.expansions) {
                    place = std::lower_bound(place, document.places.end(), std::pair<int, int> { expansion.wordId, 0 });
                    for (; place != document.places.end() && place->first == expansion.wordId; ++place)
                        here.push_back(place->second);
                    if (place == document.places.end())
                        break;
                }
                std::sort(here.begin(), here.end());
                int bestGap = 100;
                auto p = previous.begin();
                for (int q : here) {
                    while (p != previous.end() && p + 1 != previous.end() && *(p + 1) < q)
                        ++p;
                    if (p != previous.end() && *p < q && *p >> 20 == q >> 20)
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
    std::partial_sort(touched.begin(), touched.begin() + qsizetype(count), touched.begin() + qsizetype(shortlist), better);

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
                if (std::binary_search(document.wordIds.begin(), document.wordIds.end(), expansion.wordId)) {
                    matchedIds.push_back(expansion.wordId);
                    hit.matchedWords.insert(m_words[size_t(expansion.wordId)].text);
                }
            }
        }
        std::sort(matchedIds.begin(), matchedIds.end());
        hit.snippet = snippet(document, matchedIds);
        hits.append(hit);
    }
    return hits;
}

QString SearchEngine::snippet(const Document &document, const std::vector<int> &matchedIds) const
{
    constexpr qsizetype width = SearchHit::snippetLength;
    const QString &body = document.body;
    qsizetype start = 0;
    for (size_t i = 0; i < document.bodyWords.size(); ++i) {
        if (std::binary_search(matchedIds.begin(), matchedIds.end(), document.bodyWords[i])) {
            start = std::max<qsizetype>(0, document.bodyStarts[i] - 40);
            break;
        }
    }
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
