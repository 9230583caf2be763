#include "Stemmer.h"

#include <libstemmer.h>

namespace meldpunt {

Stemmer::Stemmer(const QString &languageCode)
{
    // libstemmer knows ISO 639-1 codes ("nl", "en") as aliases of its algorithm names.
    const QByteArray code = languageCode.toLatin1();
    if (!code.isEmpty())
        m_stemmer = sb_stemmer_new(code.constData(), "UTF_8");
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
    const sb_symbol *stemmed = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                               int(utf8.size()));
    if (!stemmed)
        return word;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer));
}

} // namespace meldpunt
