#pragma once

#include <QByteArray>
#include <QString>

namespace meldpunt {

/// The Ed25519 key pair that signs content packs (libsodium crypto_sign): made by
/// `meldpunt-kiosk --make-signing-key FILE`, kept by the administrator or Offlimits and never
/// in a repository. Its file is text, so that its public key can be read from it:
///
///     # Meldpunt Kiosk content-pack signing key (Ed25519). Keep it secret ...
///     # trusted-key = 0Pq3...=        (its public key, the line for kiosk.conf)
///     mk-signing-key-1 Qm9...==       (the secret key: seed and public key, 64 bytes)
///
///     fromFileText(fileText()) => the same key
///     fromFileText("hello")    => invalid, "not a signing key made by --make-signing-key"
class SigningKey
{
public:
    static constexpr int publicKeySize = 32;

    SigningKey() = default;
    ~SigningKey();
    // Moved, never copied: the secret exists once and is wiped when its owner goes.
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;
    SigningKey(SigningKey &&) = default;
    SigningKey &operator=(SigningKey &&) = default;

    /// A new random key pair (empty when libsodium cannot start).
    static SigningKey generate();
    /// Reads a key file's text; an invalid key, with the reason in `error`, when it is not one.
    static SigningKey fromFileText(const QByteArray &text, QString &error);

    bool isValid() const { return m_secret.size() == 64; }
    QByteArray fileText() const;
    QByteArray secretKey() const { return m_secret; }
    QByteArray publicKey() const;
    /// The public key in base64, as the config's `trusted-key =` takes it.
    QString publicKeyText() const;

    /// A public key from the config's base64 text; empty when it is not 32 bytes of base64.
    static QByteArray parsePublicKey(const QString &text);

private:
    QByteArray m_secret;
};

} // namespace meldpunt
