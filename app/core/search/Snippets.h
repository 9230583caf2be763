#pragma once

#include <QString>

#include <vector>

namespace meldpunt {

class SearchIndex;

/// The text a hit shows in the result list: at most SearchHit::snippetLength characters,
/// on one line, cut at a word and marked with "…". By example:
///
///     around(index, d, { "anoniem" }) on "Ja. Als melder ben je volledig anoniem. ..."
///         => "Ja. Als melder ben je volledig anoniem. ..." (the match within the first
///            snippetLead characters: from the start)
///     around(...) with the first match far into the answer
///         => "…" + from snippetLead characters before it, at the next word when one starts
///            within snippetSpaceSearch characters
///     around(...) with no match in the answer (only in the question or terms)
///         => the start of the answer
///     start("Eerste alinea.\nTweede.") => "Eerste alinea. Tweede."
namespace Snippets {

/// Around the first place in a document's body where one of the matched words stands.
QString around(const SearchIndex &index, int document, const std::vector<int> &matchedWordIds);

/// The start of a text: an entry of a topic.
QString start(QString text);

} // namespace Snippets

} // namespace meldpunt
