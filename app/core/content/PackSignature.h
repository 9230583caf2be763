#pragma once

#include "SigningKey.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace meldpunt {

/// The detached Ed25519 signature of a content pack (libsodium crypto_sign_detached over the
/// pack's exact bytes), kept beside it as PACK.rcc.sig: one line that names the signer's
/// public key and holds the signature, both in base64.
///
///     ed25519 0Pq3...= Zm9v...==
///
/// A signature is checked against the bytes read into memory once, the same bytes that are
/// then parsed and registered, so the file cannot change in between:
///
///     verify(pack, sig by trusted key K, {K})  => Valid, key K
///     verify(pack, no .sig, {K})               => Unsigned
///     verify(pack, sig by key L, {K})          => Untrusted, key L
///     verify(pack with one byte changed, ...)  => Bad, "the signature does not match the pack: ..."
class PackSignature
{
public:
    enum class Status { Unsigned, Valid, Untrusted, Bad };

    struct Check
    {
        Status status = Status::Unsigned;
        QString key;     ///< the signer's public key (base64), when the signature names one
        QString problem; ///< why a signature is Bad
    };

    /// PACK.rcc => PACK.rcc.sig
    static QString fileFor(const QString &packPath) { return packPath + QStringLiteral(".sig"); }
    static constexpr qint64 maxFileSize = 1024;

    /// The text of the .sig file for these bytes.
    static QByteArray sign(const QByteArray &pack, const SigningKey &key);

    /// signatureText: the .sig file's text, or a null array when there is none.
    static Check verify(const QByteArray &pack, const QByteArray &signatureText, const QList<QByteArray> &trustedKeys);

    /// One line for people: "valid, by trusted key 0Pq3...=", "none", ...
    static QString describe(const Check &check);
};

} // namespace meldpunt
