#pragma once

#include "ContentTypes.h"
#include "Diagnostic.h"

namespace meldpunt {

/// The checks that span files and languages: unique ids, references from entries to topics
/// and organisations, one source language, every id translated, and translations whose
/// source text has changed since (stale fingerprints).
class ContentValidator
{
public:
    static void validate(const QList<LanguageContent> &languages, const QString &displayRoot,
                         Diagnostics &diagnostics);

    /// The fingerprint a translation carries of the source text it was made from.
    static QString fingerprint(const FaqEntry &entry);
    static QString fingerprint(const Organisation &organisation);
};

} // namespace meldpunt
