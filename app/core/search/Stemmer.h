#pragma once

#include <QString>
#include <QStringList>

#include <mutex>

struct sb_stemmer;

namespace meldpunt {

/// The Snowball stemmer for one language, on folded words:
///
///     Stemmer("nl").stem("meldingen")  => "melding"
///     Stemmer("nl").stem("weten")      => "weet"    (Snowball says "wet", the law: a long
///     Stemmer("nl").stem("weet")       => "weet"     vowel of one syllable stays long)
///     Stemmer("nl").stem("wetten")     => "wet"
///     Stemmer("en").stem("reporting")  => "report"
///     Stemmer("xx").stem("woord")      => "woord"   (no stemmer for that language)
///
/// stem() may be called from several threads: libstemmer writes into one buffer per
/// stemmer, so the calls take turns.
class Stemmer
{
public:
    explicit Stemmer(const QString &languageCode);
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    bool isAvailable() const { return m_stemmer != nullptr; }
    QString stem(const QString &word) const;

    /// The infinitives a Dutch past participle may come from (folded words; other languages'
    /// stemmers take their participles themselves: "abused" => "abus"):
    ///
    ///     "aangerand"      => "aanranden"     ("aan" + "ge" + "rand" + "d": a separable prefix)
    ///     "gefilmd"        => "filmen"
    ///     "gefotografeerd" => "fotograferen"  (a long vowel is written once in "-eren")
    ///     "gechanteerd"    => "chanteren"
    ///     "misbruikt"      => "misbruiken"    (an inseparable prefix takes no "ge")
    ///     "verkracht"      => "verkrachen", "verkrachten"  (the stem may end in t itself)
    ///     "geleefd"        => "leven", ...    (f and s are v and z before a vowel)
    ///     "bed", "wereld"  => nothing
    ///
    /// Some are guesses ("gebied" => "bieden"): a caller uses only infinitives its text
    /// knows, and weighs them less than the word itself.
    QStringList participleInfinitives(const QString &word) const;

private:
    sb_stemmer *m_stemmer = nullptr;
    bool m_dutch = false;
    mutable std::mutex m_mutex;
};

} // namespace meldpunt
