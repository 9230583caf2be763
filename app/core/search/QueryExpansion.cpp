#include "QueryExpansion.h"

#include "SearchIndex.h"
#include "SearchTuning.h"
#include "Stemmer.h"
#include "TextFolding.h"

#include <algorithm>

namespace meldpunt {

using namespace SearchTuning;

QueryExpansion::QueryExpansion(const SearchIndex &index, const QHash<QString, QStringList> &synonyms)
    : m_index(index)
    , m_synonyms(synonyms)
{
    // "appjes" finds what "appje" is a synonym of: a one-word key is also known by its stem.
    for (auto it = synonyms.constBegin(); it != synonyms.constEnd(); ++it) {
        if (it.key().contains(u' '))
            continue;
        const QString stem = m_index.stemmer().stem(it.key());
        if (!m_synonyms.contains(stem))
            m_synonyms.insert(stem, it.value());
    }
}

ExpandedQuery QueryExpansion::expand(const QString &query) const
{
    ExpandedQuery result;
    const QString text = query.left(TextFolding::maxQueryLength);
    result.words = TextFolding::tokens(text);
    // "kind" is still being typed; after "kind " or "kind?" it is finished.
    bool lastWordTyped = !text.isEmpty() && (text.back().isLetterOrNumber() || text.back().isMark());
    if (result.words.size() > maxQueryWords) {
        result.words = result.words.mid(0, maxQueryWords);
        lastWordTyped = false;
    }
    for (const QString &word : std::as_const(result.words)) {
        if (!m_index.isStopword(word))
            result.kept << word;
    }
    if (result.kept.isEmpty())
        result.kept = result.words; // "wat is" alone: search what is there
    if (!result.kept.isEmpty() && result.kept.last() != result.words.last())
        lastWordTyped = false; // the word being typed is a stopword: the others are finished

    const QStringList &kept = result.kept;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        QueryWord slot { kept[i], {} };
        expand(slot, kept[i], lastWordTyped && i == kept.size() - 1);
        if (i > 0) {
            // Synonym keys of two words: "volwassen porno".
            auto pair = m_synonyms.constFind(kept[i - 1] + u' ' + kept[i]);
            if (pair != m_synonyms.constEnd())
                addSynonyms(slot, *pair, pairSynonymFactor, pairSynonymFactor);
        }
        capExpansions(slot);
        result.slots.push_back(std::move(slot));
    }
    return result;
}

QueryWord QueryExpansion::expandWord(const QString &word, bool isLastWord) const
{
    QueryWord slot { word, {} };
    expand(slot, word, isLastWord);
    capExpansions(slot);
    return slot;
}

bool QueryExpansion::addExactStem(QueryWord &slot, const QString &word, float factor, MatchType type) const
{
    const std::vector<int> *ids = m_index.wordsWithStem(m_index.stemmer().stem(word));
    if (!ids)
        return false;
    for (int id : *ids)
        slot.expansions.push_back({ id, factor, type });
    return true;
}

const QStringList *QueryExpansion::synonymsOf(const QString &word, const QString &stem) const
{
    auto it = m_synonyms.constFind(word);
    if (it == m_synonyms.constEnd())
        it = m_synonyms.constFind(stem);
    return it == m_synonyms.constEnd() ? nullptr : &*it;
}

void QueryExpansion::addSynonyms(QueryWord &slot, const QStringList &synonyms, float factor, float phraseFactor) const
{
    for (const QString &other : synonyms) {
        const QStringList parts = other.split(u' ', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!m_index.isStopword(part))
                addExactStem(slot, part, parts.size() > 1 ? phraseFactor : factor, MatchType::Synonym);
        }
    }
}

void QueryExpansion::expand(QueryWord &slot, const QString &word, bool isLastWord) const
{
    const bool exact = addExactStem(slot, word, exactFactor, MatchType::Exact);

    const QStringList *synonyms = synonymsOf(word, m_index.stemmer().stem(word));
    if (synonyms)
        addSynonyms(slot, *synonyms, synonymFactor, synonymPhraseFactor);

    addPrefixes(slot, word, exact, isLastWord);
    const QStringList forms = addParticiples(slot, word);
    addDerivations(slot, word, forms);

    // A word inside a compound: "misbruik" in "kindermisbruik".
    addCompoundsContaining(slot, word, compoundEndFactor);

    // A typo: whenever the word itself is not known.
    const bool oneEdit = !exact && !synonyms && addTypos(slot, word, isLastWord);

    // A compound made of known words: "kinderpornomateriaal" -> "kinderporno" + "materiaal".
    if (!exact)
        addCompoundParts(slot, word, oneEdit);
}

void QueryExpansion::addPrefixes(QueryWord &slot, const QString &word, bool exact, bool isLastWord) const
{
    // The word being typed may be the start of a longer word; a known word only weakly
    // ("kind" while "kinderporno" is typed), a finished one not at all. A finished unknown
    // word of four letters or more may be cut short ("anon melden").
    const float factor = isLastWord ? (exact ? typingKnownPrefixFactor : typingPrefixFactor)
                                    : (exact ? 0.0f : finishedPrefixFactor);
    const qsizetype minimum = isLastWord ? minTypingPrefix : minFinishedPrefix;
    if (factor <= 0 || word.size() < minimum)
        return;
    for (int id : m_index.wordsStartingWith(word)) {
        if (m_index.word(id).text != word)
            slot.expansions.push_back({ id, factor, MatchType::Prefix });
    }
}

QStringList QueryExpansion::addParticiples(QueryWord &slot, const QString &word) const
{
    // A past participle finds its verb and the verb's synonyms: "gefilmd" => "filmen" =>
    // "filmpje"; "aangerand" => "aanranden", and by its derivations "aanranding".
    QStringList forms { word };
    for (const QString &infinitive : m_index.stemmer().participleInfinitives(word)) {
        // "geweld" is no participle of "wellen": a guess whose stem is short or a stopword
        // would find every text.
        const QString verbStem = m_index.stemmer().stem(infinitive);
        if (verbStem.size() < minParticipleStem || m_index.isStopword(verbStem))
            continue;
        bool known = addExactStem(slot, infinitive, participleFactor, MatchType::Synonym);
        if (const QStringList *verbSynonyms = synonymsOf(infinitive, verbStem)) {
            known = true;
            const float factor = participleFactor * participleSynonymFactor;
            addSynonyms(slot, *verbSynonyms, factor, factor);
        }
        if (known)
            forms << infinitive;
    }
    return forms;
}

void QueryExpansion::addDerivations(QueryWord &slot, const QString &word, const QStringList &forms) const
{
    // Snowball leaves derivations apart: "melden" (stem "meld") also finds "melding",
    // "melder", "meldingen".
    if (!m_index.stemmer().isAvailable())
        return;
    for (const QString &form : forms) {
        const QString stem = m_index.stemmer().stem(form);
        const float factor = form == word ? derivationFactor : derivationFactor * participleFactor;
        if (stem.size() < minDerivationStem || stem == form)
            continue;
        for (int id : m_index.wordsStartingWith(stem)) {
            const QStringView suffix = QStringView(m_index.word(id).text).mid(stem.size());
            for (const char16_t *derivation : derivationSuffixes) {
                if (suffix == QStringView(derivation)) {
                    slot.expansions.push_back({ id, factor, MatchType::Prefix });
                    break;
                }
            }
        }
    }
}

void QueryExpansion::addCompoundsContaining(QueryWord &slot, const QString &word, float factor) const
{
    if (word.size() < minCompoundQueryWord || word.size() > maxWordLength)
        return;
    m_index.forEachCompoundContaining(word, [&slot, factor](int id) {
        slot.expansions.push_back({ id, factor, MatchType::Compound });
    });
}

void QueryExpansion::addCompoundParts(QueryWord &slot, const QString &word, bool oneEditCorrection) const
{
    // The split that covers most of the word with known words, then the one with fewest
    // parts. Between parts a linking s, e or en may stand ("vrijwilliger-s-werk"), and an
    // unknown rest is allowed as long as known words cover most of the word
    // ("slachtofferhulp" + "verlening").
    const qsizetype n = word.size();
    if (n < minCompoundLength || n > maxWordLength)
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
        for (qsizetype j = i + minCompoundPart; j <= n; ++j) {
            if (i == 0 && j == n)
                continue; // the whole word: not a compound
            if (m_index.isKnownPart(word.mid(i, j - i)))
                offer(j, { here.covered + int(j - i), here.parts + 1, int(i), true });
        }
    }
    const State &end = best[size_t(n)];
    if (end.parts == 0 || end.covered * 10 < n * minSplitCoverageTenths)
        return;
    for (qsizetype to = n; to > 0;) {
        const State &state = best[size_t(to)];
        if (state.known) {
            // Each part as a word, and inside other compounds: "materiaal" in "beeldmateriaal".
            const QString part = word.mid(state.from, to - state.from);
            // "nuditsen" is "nudisten" with one swap, not "dits": a small part loses to a
            // correction of the whole word.
            if (!oneEditCorrection || double(part.size()) >= minPartShareBesideTypo * double(n)) {
                const float factor = compoundPartBase + compoundPartShare * float(part.size()) / float(n);
                addExactStem(slot, part, factor, MatchType::Compound);
                addCompoundsContaining(slot, part, factor * compoundEndFactor);
            }
        }
        to = state.from;
    }
}

bool QueryExpansion::addTypos(QueryWord &slot, const QString &word, bool isLastWord) const
{
    const int edits = allowedEdits(word.size());
    if (edits == 0 || word.size() > maxWordLength)
        return false;
    bool oneEdit = false;
    m_index.walkVocabulary(word, edits, int(word.size()) + edits, [&](size_t begin, size_t end, int depth, int distance) {
        for (size_t i = begin; i < end; ++i) {
            const int id = m_index.sortedWordId(i);
            const QString &text = m_index.word(id).text;
            // A longer word is not within the edits as a whole; "heen" is not "een", a
            // stopword, corrected.
            if (text.size() != depth || m_index.isStopword(text))
                continue;
            slot.expansions.push_back({ id, distance <= 1 ? oneEditFactor : twoEditsFactor, MatchType::Fuzzy });
            oneEdit = oneEdit || distance <= 1;
        }
    });
    // The word being typed, with a typo in it: "kinderpr" for "kinderporno".
    if (!isLastWord || word.size() < minTypingTypoLength)
        return oneEdit;
    m_index.walkVocabulary(word, 1, int(word.size()), [&](size_t begin, size_t end, int depth, int) {
        for (size_t i = begin; i < end; ++i) {
            const int id = m_index.sortedWordId(i);
            if (m_index.word(id).text.size() >= depth + typingTypoLonger)
                slot.expansions.push_back({ id, typingTypoFactor, MatchType::Fuzzy });
        }
    });
    return oneEdit;
}

void QueryExpansion::capExpansions(QueryWord &slot) const
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
                          const int dx = m_index.word(x.wordId).documentFrequency;
                          const int dy = m_index.word(y.wordId).documentFrequency;
                          return dx != dy ? dx > dy : x.wordId < y.wordId;
                      });
    slot.expansions.resize(size_t(maxExpansions));
    std::sort(slot.expansions.begin(), slot.expansions.end(),
              [](const Expansion &x, const Expansion &y) { return x.wordId < y.wordId; });
}

} // namespace meldpunt
