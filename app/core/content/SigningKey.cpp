#include "SigningKey.h"

#include <QList>

#include <sodium.h>

namespace meldpunt {

namespace {

constexpr const char *keyLabel = "mk-signing-key-1";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

SigningKey::~SigningKey()
{
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

SigningKey SigningKey::generate()
{
    SigningKey key;
    if (!sodiumReady())
        return key;
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<uchar *>(publicKey.data()), reinterpret_cast<uchar *>(key.m_secret.data()));
    return key;
}

SigningKey SigningKey::fromFileText(const QByteArray &text, QString &error)
{
    SigningKey key;
    const QString notAKey = QStringLiteral("not a signing key made by 'meldpunt-kiosk --make-signing-key'");
    QByteArray encoded;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (!encoded.isEmpty() || parts.size() != 2 || parts[0] != keyLabel) {
            error = notAKey;
            return key;
        }
        encoded = parts[1];
    }
    QByteArray secret = QByteArray::fromBase64(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!sodiumReady() || secret.size() != crypto_sign_SECRETKEYBYTES) {
        error = notAKey;
        return key;
    }
    // The secret key is the seed and the public key: they must belong together.
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray derived(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<uchar *>(publicKey.data()), reinterpret_cast<uchar *>(derived.data()),
                             reinterpret_cast<const uchar *>(secret.constData()));
    const bool matches = sodium_memcmp(derived.constData(), secret.constData(), size_t(secret.size())) == 0;
    sodium_memzero(derived.data(), size_t(derived.size()));
    if (!matches) {
        sodium_memzero(secret.data(), size_t(secret.size()));
        error = QStringLiteral("the signing key is damaged (its two halves do not belong together)");
        return key;
    }
    key.m_secret = secret;
    return key;
}

QByteArray SigningKey::fileText() const
{
    if (!isValid())
        return {};
    return "# Meldpunt Kiosk content-pack signing key (Ed25519). Keep it secret: never in a\n"
           "# repository, never on a kiosk. Its public key, the line for kiosk.conf:\n"
           "# trusted-key = "
        + publicKeyText().toLatin1() + "\n" + keyLabel + ' ' + m_secret.toBase64() + '\n';
}

QByteArray SigningKey::publicKey() const
{
    return isValid() ? m_secret.right(crypto_sign_PUBLICKEYBYTES) : QByteArray();
}

QString SigningKey::publicKeyText() const
{
    return QString::fromLatin1(publicKey().toBase64());
}

QByteArray SigningKey::parsePublicKey(const QString &text)
{
    const QByteArray key = QByteArray::fromBase64(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return key.size() == publicKeySize ? key : QByteArray();
}

} // namespace meldpunt
