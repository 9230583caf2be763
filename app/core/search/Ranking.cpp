#include "Ranking.h"

#include "QueryExpansion.h"
#include "SearchIndex.h"
#include "SearchTuning.h"

#include <algorithm>
#include <cmath>

namespace meldpunt {

using namespace SearchTuning;

namespace {

constexpr float fieldWeight[SearchIndex::FieldCount] = { titleWeight, termsWeight, bodyWeight };

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

/// Per document, reused from one search to the next on this thread: clearing megabytes on
/// every keystroke would cost more than the search. Only what a search touched is cleared
/// again.
struct Scratch
{
    std::vector<Candidate> candidates;
    std::vector<float> fieldTf;
    std::vector<float> quality;
    std::vector<char> slotExact;
    std::vector<char> slotNamed;
    std::vector<char> slotWord;
    std::vector<double> scores;

    void reserve(size_t documentCount)
    {
        if (candidates.size() >= documentCount)
            return;
        candidates.resize(documentCount);
        fieldTf.resize(documentCount * SearchIndex::FieldCount, 0.0f);
        quality.resize(documentCount, 0.0f);
        slotExact.resize(documentCount, 0);
        slotNamed.resize(documentCount, 0);
        slotWord.resize(documentCount, 0);
        scores.resize(documentCount, 0.0);
    }
};

/// BM25F of one query word on every document it finds; returns the documents first touched.
void scoreSlot(const SearchIndex &index, const QueryWord &slot, Scratch &scratch, std::vector<int> &slotDocs,
               std::vector<int> &touched)
{
    slotDocs.clear();
    int slotDocumentFrequency = 0;
    for (const Expansion &expansion : slot.expansions)
        slotDocumentFrequency = std::max(slotDocumentFrequency, index.word(expansion.wordId).documentFrequency);

    for (const Expansion &expansion : slot.expansions) {
        const bool exact = expansion.type != MatchType::Fuzzy;
        for (const SearchIndex::Posting &posting : index.word(expansion.wordId).postings) {
            const size_t d = posting.document;
            if (scratch.quality[d] == 0.0f)
                slotDocs.push_back(int(d));
            scratch.fieldTf[d * SearchIndex::FieldCount + size_t(posting.field())] += expansion.factor;
            scratch.quality[d] = std::max(scratch.quality[d], expansion.factor);
            scratch.slotExact[d] = char(scratch.slotExact[d] | (exact ? 1 : 0));
            if (exact && expansion.factor >= namedMatch && posting.field() != SearchIndex::Body)
                scratch.slotNamed[d] = 1;
            if (expansion.type == MatchType::Exact && expansion.factor >= exactFactor)
                scratch.slotWord[d] = 1;
        }
    }

    const double n = double(index.documentCount());
    const double df = std::max(1, slotDocumentFrequency);
    const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    for (int d : slotDocs) {
        const SearchIndex::Document &document = index.document(d);
        double pseudoTf = 0;
        for (int field = 0; field < SearchIndex::FieldCount; ++field) {
            float &tf = scratch.fieldTf[size_t(d) * SearchIndex::FieldCount + size_t(field)];
            const double norm = 1.0 - b + b * document.length[field] / index.averageLength(SearchIndex::Field(field));
            pseudoTf += fieldWeight[field] * tf / norm;
            tf = 0.0f;
        }
        Candidate &candidate = scratch.candidates[size_t(d)];
        if (!candidate.matched)
            touched.push_back(d);
        candidate.matched = true;
        candidate.score += (idfFloor + idf) * pseudoTf * (k1 + 1) / (pseudoTf + k1);
        candidate.coverage += scratch.quality[size_t(d)];
        candidate.exactSlots += scratch.slotExact[size_t(d)];
        candidate.namedSlots += scratch.slotNamed[size_t(d)];
        candidate.wordSlots += scratch.slotWord[size_t(d)];
        scratch.quality[size_t(d)] = 0.0f;
        scratch.slotExact[size_t(d)] = 0;
        scratch.slotNamed[size_t(d)] = 0;
        scratch.slotWord[size_t(d)] = 0;
    }
}

/// A visitor who types an organisation's name ("politie", "veilig thuis") wants its card; a
/// query that is a whole question or term of a document ("anoniem melden") its entry.
void boostWholeQuery(const SearchIndex &index, const ExpandedQuery &query, std::vector<Candidate> &candidates)
{
    const QString whole[] = { query.words.join(u' '), query.kept.join(u' ') };
    for (const QString &title : whole) {
        if (const std::vector<int> *documents = index.documentsWithTitle(title)) {
            for (int d : *documents)
                candidates[size_t(d)].wholeTitle = candidates[size_t(d)].matched;
        }
    }
    for (const QString &phrase : whole) {
        const std::vector<int> *documents = index.documentsWithPhrase(phrase);
        if (!documents)
            continue;
        for (int d : *documents) {
            if (candidates[size_t(d)].matched)
                candidates[size_t(d)].proximity *= wholePhraseBoost;
        }
        break;
    }
}

/// Query words that stand together in one field of the document.
void boostProximity(const SearchIndex &index, const ExpandedQuery &query, int d, Candidate &candidate)
{
    constexpr quint32 none = 100; // farther than any boost
    thread_local std::vector<quint32> previous;
    thread_local std::vector<quint32> here;
    previous.clear();
    for (const QueryWord &slot : query.slots) {
        here.clear();
        for (const Expansion &expansion : slot.expansions) {
            for (const SearchIndex::Posting &posting : index.postings(expansion.wordId, d))
                here.push_back(posting.place);
        }
        std::sort(here.begin(), here.end());
        quint32 bestGap = none;
        auto p = previous.begin();
        for (quint32 q : here) {
            while (p != previous.end() && p + 1 != previous.end() && *(p + 1) < q)
                ++p;
            if (p != previous.end() && *p < q && *p >> SearchIndex::fieldShift == q >> SearchIndex::fieldShift)
                bestGap = std::min(bestGap, q - *p);
        }
        if (bestGap == 1)
            candidate.proximity *= adjacentBoost;
        else if (bestGap <= proximityWindow)
            candidate.proximity *= nearbyBoost;
        std::swap(previous, here);
    }
}

} // namespace

std::vector<RankedDocument> Ranking::rank(const ExpandedQuery &query, int limit) const
{
    if (query.slots.empty() || limit <= 0)
        return {};
    thread_local Scratch scratch;
    scratch.reserve(size_t(m_index.documentCount()));
    std::vector<Candidate> &candidates = scratch.candidates;
    std::vector<double> &scores = scratch.scores;
    std::vector<int> touched;
    std::vector<int> slotDocs;
    for (const QueryWord &slot : query.slots)
        scoreSlot(m_index, slot, scratch, slotDocs, touched);
    boostWholeQuery(m_index, query, candidates);

    // Each query word counts toward the coverage by the quality of its match.
    const double slotCount = double(query.slots.size());
    auto updateScore = [this, &candidates, &scores, slotCount](int d) {
        const Candidate &candidate = candidates[size_t(d)];
        const double prior = m_index.document(d).kind == SearchHit::Kind::Organisation ? cardPrior : 1.0;
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

    // Proximity, for the best candidates only (all of them on the shipped content).
    const size_t shortlist = std::min(touched.size(), std::max<size_t>(size_t(limit) * shortlistPerHit, minShortlist));
    std::partial_sort(touched.begin(), touched.begin() + qsizetype(shortlist), touched.end(), better);
    if (query.slots.size() > 1) {
        for (size_t i = 0; i < shortlist; ++i) {
            boostProximity(m_index, query, touched[i], candidates[size_t(touched[i])]);
            updateScore(touched[i]);
        }
    }
    const size_t count = std::min(shortlist, size_t(limit));
    // A few more than asked for: one just below the limit may win a near tie.
    const size_t ranked = std::min(shortlist, count + nearTieExtra);
    std::partial_sort(touched.begin(), touched.begin() + qsizetype(ranked), touched.begin() + qsizetype(shortlist), better);

    // Near ties say nothing a person would go by. The document that holds more of the
    // query's words as typed (or by their stem) comes first, then the one whose question,
    // name or terms (what its editors say it is about) hold more of them; the score only
    // after that.
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

    std::vector<RankedDocument> result;
    result.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        const int d = touched[i];
        result.push_back({ d, std::round(scores[size_t(d)] * 1000.0) / 1000.0, candidates[size_t(d)].exactSlots == 0 });
    }
    for (int d : touched)
        candidates[size_t(d)] = Candidate();
    return result;
}

} // namespace meldpunt
