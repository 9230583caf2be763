#include "PackSignature.h"
#include "SigningKey.h"
#include "TestSupport.h"

using namespace meldpunt;

TEST_CASE("a signing key's file holds the secret key and names its public key")
{
    const SigningKey key = SigningKey::generate();
    REQUIRE(key.isValid());
    CHECK(key.publicKey().size() == 32);
    const QByteArray text = key.fileText();
    CHECK(text.contains(QByteArray(QByteArray("# trusted-key = ") + key.publicKeyText().toLatin1() + "\n")));
    QString error;
    const SigningKey read = SigningKey::fromFileText(text, error);
    CHECK(error.isEmpty());
    CHECK(read.publicKey() == key.publicKey());
    CHECK(SigningKey::parsePublicKey(key.publicKeyText()) == key.publicKey());
    CHECK(SigningKey::parsePublicKey(QStringLiteral("not base64!")).isEmpty());
    CHECK(SigningKey::parsePublicKey(QStringLiteral("AAAA")).isEmpty());
}

TEST_CASE("a key file that is not one, or is damaged, is refused")
{
    QString error;
    CHECK_FALSE(SigningKey::fromFileText("hello", error).isValid());
    CHECK(error == u"not a signing key made by 'meldpunt-kiosk --make-signing-key'");
    const SigningKey key = SigningKey::generate();
    QByteArray secret = key.secretKey();
    secret[40] = char(secret[40] ^ 1); // the public half no longer belongs to the seed
    error.clear();
    CHECK_FALSE(SigningKey::fromFileText(QByteArray("mk-signing-key-1 ") + secret.toBase64() + "\n", error).isValid());
    CHECK(error.startsWith(u"the signing key is damaged"));
}

TEST_CASE("a pack's signature is valid by a trusted key, untrusted by another, bad when one byte changes")
{
    const SigningKey key = SigningKey::generate();
    const SigningKey other = SigningKey::generate();
    const QByteArray pack = QByteArray("qres") + QByteArray(1000, 'x');
    const QByteArray signature = PackSignature::sign(pack, key);
    CHECK(signature.startsWith(QByteArray(QByteArray("ed25519 ") + key.publicKey().toBase64() + " ")));
    CHECK(signature.endsWith('\n'));

    const PackSignature::Check valid = PackSignature::verify(pack, signature, { other.publicKey(), key.publicKey() });
    CHECK(valid.status == PackSignature::Status::Valid);
    CHECK(valid.key == key.publicKeyText());
    CHECK(PackSignature::describe(valid) == u"valid, by trusted key " + key.publicKeyText());

    const PackSignature::Check untrusted = PackSignature::verify(pack, signature, { other.publicKey() });
    CHECK(untrusted.status == PackSignature::Status::Untrusted);
    CHECK(untrusted.key == key.publicKeyText());

    QByteArray altered = pack;
    altered[500] = 'y';
    const PackSignature::Check bad = PackSignature::verify(altered, signature, { key.publicKey() });
    CHECK(bad.status == PackSignature::Status::Bad);
    CHECK(bad.problem.startsWith(u"the signature does not match the pack"));
    CHECK(PackSignature::verify(pack.left(999), signature, { key.publicKey() }).status == PackSignature::Status::Bad);

    CHECK(PackSignature::verify(pack, QByteArray(), { key.publicKey() }).status == PackSignature::Status::Unsigned);
    for (const QByteArray &junk : { QByteArray(""), QByteArray("ed25519"), QByteArray("ed25519 AAAA BBBB"),
                                    QByteArray(QByteArray("rsa ") + key.publicKey().toBase64() + " x"),
                                    QByteArray(signature).replace("ed25519", "ed448") }) {
        INFO(junk.toStdString());
        const PackSignature::Check check = PackSignature::verify(pack, junk, { key.publicKey() });
        CHECK(check.status == PackSignature::Status::Bad);
        CHECK(check.problem == u"not a signature made by 'meldpunt-kiosk --sign-pack'");
    }
}
