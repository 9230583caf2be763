#pragma once

#include <QString>

namespace meldpunt {

/// The administrator's PIN as a salted argon2id hash (libsodium's crypto_pwhash_str), so
/// that the configuration file never holds the PIN itself.
///
///     hash("4711")                 => "$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>"
///     verify("4711", hash("4711")) => true
///     verify("4712", hash("4711")) => false
///     verify("4711", "garbage")    => false
class PinHash
{
public:
    /// An empty string when libsodium cannot be used or the PIN is empty.
    static QString hash(const QString &pin);
    static bool verify(const QString &pin, const QString &hash);

    /// Why a PIN is not acceptable as the administrator's PIN, or empty.
    static QString whyUnacceptable(const QString &pin);

    /// As the administrator's guide asks: a PIN of 8 characters or more.
    static constexpr int minLength = 8;
    static constexpr int maxLength = 128;
};

} // namespace meldpunt
