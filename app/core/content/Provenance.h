#pragma once

#include "ContentTypes.h"

#include <QCoreApplication>
#include <QString>

namespace meldpunt {

/// What a page says about where its text comes from: the source's words, or this app's. The
/// answer page and the handout show these lines, so that a sentence this project wrote is
/// never taken for the source's.
///
///     Dutch entry, whole answer    => "The answer is the text of the FAQ of Meldpunt Kinderporno
///                                     (Offlimits), word for word. The question above it was
///                                     written for this app."
///     Dutch entry with `omitted:`  => "... word for word, shortened where the FAQ points to a
///                                     website or an address that is not in this app. ..."
///     English entry                => "The answer is this app's translation of the FAQ ..."
///     entry with an editor's note  => "... The editor's note was written for this app too."
class Provenance
{
    Q_DECLARE_TR_FUNCTIONS(Provenance)

public:
    /// The line under an answer.
    static QString answerLine(const FaqEntry &entry, const LanguageInfo &language);

    /// The heading of an editor's note, with its source and date:
    /// "Note from this app, not from the FAQ (source: om.nl; checked: 2026-12-02)".
    static QString editorNoteHeading(const EditorNote &note);

    /// A card's facts: "Source: FAQ; helpwanted.nl · checked: 2026".
    static QString cardSourceLine(const Organisation &organisation);

    /// What a workstation shows beside a fact that the content owner has not confirmed.
    static QString unconfirmedMark();
};

} // namespace meldpunt
