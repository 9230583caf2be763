#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace meldpunt {

/// Makes text comparable the way a visitor means it:
///
///     fold("Financiële ĲSSEL")  => "financiele ijssel"
///     fold("video’s")           => "videos"
///     fold("ＷｈａｔｓＡｐｐ")      => "whatsapp"
///     fold("Straße Łódź")       => "strasse lodz"
///     words("Ja. Als melder…")  => [ {0,2,"ja"}, {4,3,"als"}, {8,6,"melder"} ]
class TextFolding
{
public:
    struct Word
    {
        qsizetype start = 0;  ///< in the original text
        qsizetype length = 0; ///< in the original text
        QString folded;
    };

    /// Case, diacritics, ligatures and width folded; apostrophes dropped; the rest kept.
    static QString fold(const QString &text);

    /// The words of the original text with their folded forms. A word is a run of letters
    /// and digits; apostrophes inside a word belong to it.
    static QList<Word> words(const QString &text);

    /// The folded words of the text, in order.
    static QStringList tokens(const QString &text);

    /// Stops a pathological input (10,000 characters, megabytes pasted) from costing time.
    static constexpr qsizetype maxQueryLength = 200;
};

} // namespace meldpunt
