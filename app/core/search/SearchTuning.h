#pragma once

#include <QtGlobal>

/// Every factor and threshold of the search, named once. The index (SearchIndex), the query
/// expansion (QueryExpansion), the ranking (Ranking) and the snippets (Snippets) read them
/// from here; SearchEngine.h and docs/search.md name them instead of repeating the numbers.
///
/// A factor is how much a match counts against a word as typed (1): it weighs the word's
/// term frequency in BM25F, and a query word covers a document by its best match's factor.
namespace meldpunt::SearchTuning {

// --- The query -------------------------------------------------------------------------

/// Words of a query that are searched; the rest is dropped.
constexpr int maxQueryWords = 12;
/// At most this many words of the text stand for one query word ("k" as it is typed): the
/// best matches, then the most frequent.
constexpr int maxExpansions = 48;
/// Longer query words are not worth correcting or splitting: nobody types them.
constexpr qsizetype maxWordLength = 40;

// --- Matches: what a query word finds, and how much it counts ----------------------------

/// The word as typed, or a word of the text with the same stem.
constexpr float exactFactor = 1.0f;
/// A synonym of the word (synonyms.txt); a word of a synonym of several words.
constexpr float synonymFactor = 0.9f;
constexpr float synonymPhraseFactor = 0.8f;
/// A synonym of two query words together ("volwassen porno"), each of its words.
constexpr float pairSynonymFactor = 0.9f;
/// A verb found through its past participle ("aangerand" => "aanranden") is a little less
/// sure than the word as typed: the participle rule guesses. Its synonyms count
/// participleFactor x participleSynonymFactor.
constexpr float participleFactor = 0.85f;
constexpr float participleSynonymFactor = 0.9f;
/// A guessed infinitive whose stem is shorter than this finds too much ("geweld": "wel").
constexpr qsizetype minParticipleStem = 4;
/// A derivation Snowball leaves apart ("melden" => "melding", "melder"); of a participle's
/// verb, x participleFactor as well. Only for stems of at least minDerivationStem letters.
constexpr float derivationFactor = 0.75f;
constexpr qsizetype minDerivationStem = 4;

/// The word being typed as the start of longer words: when it is not a known word itself,
/// and (weakly) when it is ("kind" while "kinderporno" is typed).
constexpr float typingPrefixFactor = 0.85f;
constexpr float typingKnownPrefixFactor = 0.4f;
/// A finished unknown word cut short ("anon melden"); a finished known word is no prefix.
constexpr float finishedPrefixFactor = 0.7f;
/// The shortest word taken as a prefix: while typed, and when finished.
constexpr qsizetype minTypingPrefix = 2;
constexpr qsizetype minFinishedPrefix = 4;

/// The word at the end of a compound of the text ("misbruik" in "kindermisbruik").
constexpr float compoundEndFactor = 0.6f;
/// A part of a query word split into known words: compoundPartBase + compoundPartShare x
/// (the part's share of the word's letters); the part inside other compounds counts that
/// x compoundEndFactor.
constexpr float compoundPartBase = 0.4f;
constexpr float compoundPartShare = 0.4f;

/// A typo correction: one edit, two edits; the word being typed with one edit in its start.
constexpr float oneEditFactor = 0.5f;
constexpr float twoEditsFactor = 0.35f;
constexpr float typingTypoFactor = 0.3f;

// --- Compounds and typos: which words qualify -------------------------------------------

/// What may stand between the parts of a Dutch compound ("vrijwilliger-s-werk").
constexpr const char16_t *linkings[] = { u"s", u"e", u"en" };
/// The derivations of a stem that Snowball leaves apart ("meld" => "melding", "melder").
constexpr const char16_t *derivationSuffixes[] = { u"ing", u"ingen", u"er", u"ers", u"ster", u"sters" };

/// A compound of the text is indexed by its ends when it has at least this many letters
/// (and at most maxWordLength + 3), the head before the end at least minCompoundHead and the
/// end at least minCompoundEnd.
constexpr qsizetype minCompoundLength = 7;
constexpr qsizetype minCompoundHead = 3;
constexpr qsizetype minCompoundEnd = 4;
/// A query word is looked for inside compounds when it has at least this many letters.
constexpr qsizetype minCompoundQueryWord = 4;
/// A query word is split into known words when it has at least minCompoundLength letters
/// and parts of at least minCompoundPart letters cover at least this share of it.
constexpr qsizetype minCompoundPart = 3;
constexpr int minSplitCoverageTenths = 6;
/// A part of a word that is also one edit from a known word must cover at least this share
/// of it: "nuditsen" is "nudisten", not "dits".
constexpr double minPartShareBesideTypo = 0.5;
/// A piece of a query word is looked up by its stem too when it has this many letters.
constexpr qsizetype minStemmedPart = 4;

/// Edits allowed in a query word of this many letters: none below minTypoLength, one up to
/// maxOneEditLength, two above.
constexpr qsizetype minTypoLength = 4;
constexpr qsizetype maxOneEditLength = 7;
constexpr int allowedEdits(qsizetype length)
{
    if (length < minTypoLength)
        return 0;
    return length <= maxOneEditLength ? 1 : 2;
}
/// The word being typed is corrected as the start of a longer word when it has at least
/// minTypingTypoLength letters, toward words at least typingTypoLonger letters longer.
constexpr qsizetype minTypingTypoLength = 5;
constexpr qsizetype typingTypoLonger = 2;

// --- Ranking -------------------------------------------------------------------------------

/// BM25F: the weight of the question (or a card's name), the terms and the answer, and
/// BM25's k1 and b; idfFloor keeps a word that every document holds worth a little.
constexpr float titleWeight = 3.0f;
constexpr float termsWeight = 2.5f;
constexpr float bodyWeight = 1.0f;
constexpr double k1 = 1.2;
constexpr double b = 0.6;
constexpr double idfFloor = 0.1;

/// The query is a whole question or term of the document.
constexpr double wholePhraseBoost = 1.5;
/// Two query words next to each other in one field; within proximityWindow words.
constexpr double adjacentBoost = 1.3;
constexpr double nearbyBoost = 1.1;
constexpr quint32 proximityWindow = 3;
/// Two terms ("anoniem, melder") stand this many positions apart: no proximity between them.
constexpr int termGap = 4;
static_assert(termGap > int(proximityWindow), "terms must not count as near each other");

/// The FAQ answers the question; a card is the next step, so a card needs a clearer match.
constexpr double cardPrior = 0.85;

/// Proximity is measured on the best candidates only: limit x shortlistPerHit, at least
/// minShortlist.
constexpr int shortlistPerHit = 3;
constexpr int minShortlist = 150;
/// A few more than asked for are ranked: one just below the limit may win a near tie.
constexpr int nearTieExtra = 4;
/// Scores this close (the lower at least nearTie x the higher) are a near tie: a person's
/// reasons order them, not the score.
constexpr double nearTie = 0.9;
/// A match this good in a question, name or terms counts for the near tie: the word, its
/// stem, a synonym, a derivation, the word being typed; not a weak prefix, a compound part
/// or a typo.
constexpr float namedMatch = 0.75f;

// --- Snippets -------------------------------------------------------------------------------

/// A snippet starts this many characters before the first match, at the next space when
/// one follows within snippetSpaceSearch characters.
constexpr qsizetype snippetLead = 40;
constexpr qsizetype snippetSpaceSearch = 20;

} // namespace meldpunt::SearchTuning
