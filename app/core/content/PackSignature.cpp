#include "PackSignature.h"

#include <sodium.h>

namespace meldpunt {

namespace {

constexpr const char *label = "ed25519";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const uchar *bytesOf(const QByteArray &array)
{
    return reinterpret_cast<const uchar *>(array.constData());
}

} // namespace

QByteArray PackSignature::sign(const QByteArray &pack, const SigningKey &key)
{
    if (!sodiumReady() || !key.isValid())
        return {};
    QByteArray signature(crypto_sign_BYTES, '\0');
    const QByteArray secret = key.secretKey();
    crypto_sign_detached(reinterpret_cast<uchar *>(signature.data()), nullptr, bytesOf(pack),
                         quint64(pack.size()), bytesOf(secret));
    return QByteArray(label) + ' ' + key.publicKey().toBase64() + ' ' + signature.toBase64() + '\n';
}

PackSignature::Check PackSignature::verify(const QByteArray &pack, const QByteArray &signatureText,
                                           const QList<QByteArray> &trustedKeys)
{
    Check check;
    if (signatureText.isNull())
        return check;
    check.status = Status::Bad;
    const QList<QByteArray> parts = signatureText.simplified().split(' ');
    const QByteArray publicKey = parts.size() == 3 && parts[0] == label
        ? QByteArray::fromBase64(parts[1], QByteArray::AbortOnBase64DecodingErrors) : QByteArray();
    const QByteArray signature = parts.size() == 3
        ? QByteArray::fromBase64(parts[2], QByteArray::AbortOnBase64DecodingErrors) : QByteArray();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES) {
        check.problem = QStringLiteral("not a signature made by 'meldpunt-kiosk --sign-pack'");
        return check;
    }
    check.key = QString::fromLatin1(publicKey.toBase64());
    if (!sodiumReady()
        || crypto_sign_verify_detached(bytesOf(signature), bytesOf(pack), quint64(pack.size()), bytesOf(publicKey)) != 0) {
        check.problem = QStringLiteral("the signature does not match the pack: the pack was changed after it was "
                                       "signed, or the signature belongs to another pack");
        return check;
    }
    check.status = trustedKeys.contains(publicKey) ? Status::Valid : Status::Untrusted;
    return check;
}

QString PackSignature::describe(const Check &check)
{
    switch (check.status) {
    case Status::Unsigned:
        return QStringLiteral("none (no .sig file beside the pack)");
    case Status::Valid:
        return QStringLiteral("valid, by trusted key %1").arg(check.key);
    case Status::Untrusted:
        return QStringLiteral("valid, but by key %1, which the configuration does not trust (trusted-key =)")
            .arg(check.key);
    case Status::Bad:
        break;
    }
    return QStringLiteral("bad: %1").arg(check.problem);
}

} // namespace meldpunt
