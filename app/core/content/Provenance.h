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

    /// Where one fact comes from, in the language `languageCode`:
    ///
    ///     verified: FAQ                         => "From the FAQ of Meldpunt Kinderporno"
    ///     verified: 2026-12-07 www.politie.nl/x => "Checked on 7 December 2026 at politie.nl"
    ///                                              (nl: "Gecontroleerd op 7 december 2026 bij politie.nl")
    static QString evidenceText(const Evidence &evidence, const QString &languageCode);

    /// Where one contact line comes from, its note's evidence added when it differs; shown
    /// under the contact on the card and on the handout:
    ///     0800-2000 (gratis), verified: 2026-12-07 rijksoverheid.nl/x
    ///         => "Checked on 7 December 2026 at rijksoverheid.nl"
    ///     0800-7000 (gratis), verified: FAQ, note-verified: 2026-12-07 politie.nl/y
    ///         => "From the FAQ of Meldpunt Kinderporno. The note in brackets: Checked on 7 December 2026 at politie.nl"
    static QString contactOrigin(const ContactPoint &contact, const QString &languageCode);

    /// What a workstation shows beside a fact without evidence.
    static QString unverifiedMark();
};

} // namespace meldpunt
