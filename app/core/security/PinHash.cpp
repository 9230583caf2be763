#include "PinHash.h"

#include <sodium.h>

namespace meldpunt {

namespace {

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

QString PinHash::hash(const QString &pin)
{
    if (!ready() || pin.isEmpty())
        return {};
    QByteArray bytes = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // The interactive limits (64 MiB, 2 passes): a kiosk verifies a PIN in a fraction of a second.
    const int status = crypto_pwhash_str(out, bytes.constData(), quint64(bytes.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    if (status != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PinHash::verify(const QString &pin, const QString &hash)
{
    if (!ready() || pin.isEmpty() || !hash.startsWith(u"$argon2id$") || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray stored = hash.toLatin1();
    QByteArray bytes = pin.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), bytes.constData(), quint64(bytes.size())) == 0;
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return ok;
}

QString PinHash::whyUnacceptable(const QString &pin)
{
    if (pin.size() < minLength)
        return QStringLiteral("the PIN needs at least %1 characters").arg(minLength);
    if (pin.size() > maxLength)
        return QStringLiteral("the PIN may have at most %1 characters").arg(maxLength);
    for (const QChar c : pin) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("the PIN may not hold control characters");
    }
    return {};
}

} // namespace meldpunt
