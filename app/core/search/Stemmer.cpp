#include "Stemmer.h"

#include <libstemmer.h>

namespace meldpunt {

namespace {

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

/// Dutch writes a long vowel once in an open syllable ("we-ten") and twice in a closed one
/// ("weet"). Snowball cuts "-en" and undoubles vowels, so "weten", "weet", "wet" and "wetten"
/// all become "wet", the law. For a stem of one syllable that ends in one vowel and one
/// consonant, the long vowel comes back when the word had it: doubled ("weet", "stuur") or
/// in an open syllable before "-en" ("weten", "sturen"). "wetten" and "wet" stay "wet".
QString restoreLongVowel(const QString &word, const QString &stem)
{
    const qsizetype n = stem.size();
    if (n < 2 || n > 5)
        return stem;
    const QChar vowel = stem[n - 2];
    const QChar consonant = stem[n - 1];
    if (!QStringView(u"aeou").contains(vowel) || isVowel(consonant) || !consonant.isLetter())
        return stem;
    int vowelGroups = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (isVowel(stem[i]) && (i == 0 || !isVowel(stem[i - 1])))
            ++vowelGroups;
    }
    if (vowelGroups != 1 || (n >= 3 && isVowel(stem[n - 3])))
        return stem; // "kinder" has two syllables; "boek" ends in a vowel group already
    const QString doubled = stem.left(n - 1) + vowel + consonant;
    if (word.startsWith(doubled) || word == stem + QStringLiteral("en"))
        return doubled;
    return stem;
}

/// The infinitive of a verb's stem: "rand" => "randen", "fotografeer" => "fotograferen"
/// (one vowel of a long pair before one consonant), "leef" => "leven".
QString infinitiveOf(QString stem)
{
    const qsizetype n = stem.size();
    if (n >= 3 && isVowel(stem[n - 2]) && stem[n - 2] == stem[n - 3] && !isVowel(stem[n - 1])
        && (n < 4 || !isVowel(stem[n - 4])))
        stem.remove(n - 2, 1);
    if (stem.endsWith(u'f'))
        stem.back() = u'v';
    else if (stem.endsWith(u's') && !stem.endsWith(QStringLiteral("ss")))
        stem.back() = u'z';
    return stem + QStringLiteral("en");
}

} // namespace

QStringList Stemmer::participleInfinitives(const QString &word) const
{
    if (!m_dutch || word.size() < 6 || !(word.endsWith(u'd') || word.endsWith(u't')))
        return {};
    // Prefixes that stand apart from the verb elsewhere ("ik rand aan"): "ge" goes after them.
    static const QStringList separable { QStringLiteral("aan"), QStringLiteral("af"), QStringLiteral("bij"),
                                         QStringLiteral("door"), QStringLiteral("in"), QStringLiteral("mee"),
                                         QStringLiteral("na"), QStringLiteral("om"), QStringLiteral("op"),
                                         QStringLiteral("terug"), QStringLiteral("toe"), QStringLiteral("uit"),
                                         QStringLiteral("voor"), QStringLiteral("weg"), QStringLiteral("vast"),
                                         QStringLiteral("los"), QStringLiteral("neer"), QStringLiteral("rond") };
    // Prefixes that belong to the verb: no "ge" at all ("misbruikt", "verkracht", "bedreigd").
    static const QStringList inseparable { QStringLiteral("be"), QStringLiteral("ver"), QStringLiteral("ont"),
                                           QStringLiteral("her"), QStringLiteral("mis"), QStringLiteral("er") };
    QString verb; // the word without "ge", ending in its d or t
    if (word.startsWith(QStringLiteral("ge"))) {
        verb = word.mid(2);
    } else {
        for (const QString &prefix : separable) {
            if (word.startsWith(prefix + QStringLiteral("ge"))) {
                verb = prefix + word.mid(prefix.size() + 2);
                break;
            }
        }
        if (verb.isEmpty()) {
            for (const QString &prefix : inseparable) {
                if (word.startsWith(prefix) && word.size() >= prefix.size() + 4) {
                    verb = word;
                    break;
                }
            }
        }
    }
    if (verb.size() < 4)
        return {};
    // The stem ends in the d or t itself ("verkracht" of "verkrachten"), or that is the
    // participle's ending ("aangerand" of "aanranden").
    QStringList infinitives { infinitiveOf(verb.chopped(1)) };
    const QString whole = verb + QStringLiteral("en");
    if (!infinitives.contains(whole))
        infinitives << whole;
    return infinitives;
}

Stemmer::Stemmer(const QString &languageCode)
{
    // libstemmer knows ISO 639-1 codes ("nl", "en") as aliases of its algorithm names.
    const QByteArray code = languageCode.toLatin1();
    if (!code.isEmpty())
        m_stemmer = sb_stemmer_new(code.constData(), "UTF_8");
    m_dutch = languageCode == u"nl";
}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(const QString &word) const
{
    if (!m_stemmer || word.size() < 3)
        return word;
    const QByteArray utf8 = word.toUtf8();
    QString stemmed;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const sb_symbol *result = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                                  int(utf8.size()));
        if (!result)
            return word;
        stemmed = QString::fromUtf8(reinterpret_cast<const char *>(result), sb_stemmer_length(m_stemmer));
    }
    return m_dutch ? restoreLongVowel(word, stemmed) : stemmed;
}

} // namespace meldpunt
