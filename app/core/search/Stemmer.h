#pragma once

#include <QString>

struct sb_stemmer;

namespace meldpunt {

/// The Snowball stemmer for one language, on folded words:
///
///     Stemmer("nl").stem("meldingen")  => "melding"
///     Stemmer("en").stem("reporting")  => "report"
///     Stemmer("xx").stem("woord")      => "woord"   (no stemmer for that language)
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
};

} // namespace meldpunt
