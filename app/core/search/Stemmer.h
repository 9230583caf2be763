#pragma once

#include <QString>

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

private:
    sb_stemmer *m_stemmer = nullptr;
    bool m_dutch = false;
    mutable std::mutex m_mutex;
};

} // namespace meldpunt
