#include "ContentPack.h"

#include "RccReader.h"
#include "SafeFile.h"

#include <QDir>
#include <QFileInfo>
#include <QResource>

#include <list>

namespace meldpunt {

namespace {

/// The bytes of accepted packs: Qt reads them in place for the life of the program.
std::list<QByteArray> &acceptedPacks()
{
    static std::list<QByteArray> packs;
    return packs;
}

int &registeredCount()
{
    static int count = 0;
    return count;
}

const uchar *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const uchar *>(bytes.constData());
}

} // namespace

ContentLoader::Result ContentPack::loadBuiltIn()
{
    return ContentLoader::load(QString::fromLatin1(builtInRoot));
}

int ContentPack::registeredPacks()
{
    return registeredCount();
}

ContentPack::Result ContentPack::load(const QString &path, const Trust &trust)
{
    Result result;
    auto refuse = [&result](const QString &file, const QString &message) {
        result.library = {};
        result.diagnostics.append({ file, 0, message });
        return result;
    };

    if (QFileInfo(path).isDir()) {
        if (trust.requireSignature)
            return refuse(path, QStringLiteral("a content folder cannot be signed; only a content pack (.rcc) "
                                               "signed by a trusted key is taken here"));
        static_cast<ContentLoader::Result &>(result) = ContentLoader::load(path);
        return result;
    }

    SafeFile::Result file = SafeFile::readRegular(path, maxPackSize);
    switch (file.problem) {
    case SafeFile::Problem::None:
        break;
    case SafeFile::Problem::Missing:
        return refuse(path, QStringLiteral("no such file or folder"));
    case SafeFile::Problem::TooLarge:
        return refuse(path, QStringLiteral("a content pack is at most %1").arg(SafeFile::sizeText(maxPackSize)));
    default:
        return refuse(path, file.error);
    }
    result.isPack = true;

    // The signature first: in kiosk mode nothing of an untrusted pack is even parsed.
    const QString signaturePath = PackSignature::fileFor(path);
    const SafeFile::Result signatureFile = SafeFile::readRegular(signaturePath, PackSignature::maxFileSize);
    QByteArray signatureText;
    if (signatureFile.ok())
        signatureText = signatureFile.bytes.isNull() ? QByteArray("") : signatureFile.bytes;
    else if (signatureFile.problem != SafeFile::Problem::Missing)
        return refuse(signaturePath, signatureFile.error);
    result.signature = PackSignature::verify(file.bytes, signatureText, trust.keys);
    switch (result.signature.status) {
    case PackSignature::Status::Valid:
        break;
    case PackSignature::Status::Bad:
        return refuse(signaturePath, result.signature.problem);
    case PackSignature::Status::Unsigned:
        if (trust.requireSignature)
            return refuse(path, QStringLiteral("the pack is not signed (no %1); kiosk mode takes only a pack "
                                               "signed by a key that the configuration trusts")
                                    .arg(QFileInfo(signaturePath).fileName()));
        result.warnings << QStringLiteral("the pack is not signed; it is used because this is not kiosk mode, "
                                          "and a kiosk would refuse it");
        break;
    case PackSignature::Status::Untrusted:
        if (trust.requireSignature)
            return refuse(signaturePath, QStringLiteral("signed by key %1, which the configuration does not trust "
                                                        "(add 'trusted-key = %1' if that key is yours)")
                                             .arg(result.signature.key));
        result.warnings << QStringLiteral("the pack is signed by key %1, which the configuration does not "
                                          "trust; a kiosk would refuse it")
                               .arg(result.signature.key);
        break;
    }

    const RccReader::Result structure = RccReader::read(file.bytes);
    if (!structure.ok())
        return refuse(path, QStringLiteral("not a sound content pack: %1").arg(structure.error));

    static int packNumber = 0;
    const QString mountPoint = QStringLiteral("/pack-%1").arg(++packNumber);
    // Registered from our buffer: Qt reads the very bytes that were checked.
    QByteArray &bytes = acceptedPacks().emplace_back(std::move(file.bytes));
    if (!QResource::registerResource(bytesOf(bytes), mountPoint)) {
        acceptedPacks().pop_back();
        return refuse(path, QStringLiteral("not a Qt resource file (.rcc); make one with the content-pack build "
                                           "target"));
    }
    ++registeredCount();
    const QString root = u':' + mountPoint;
    const QString contentRoot = QDir(root + u"/content").exists() ? root + u"/content" : root;
    static_cast<ContentLoader::Result &>(result) = ContentLoader::load(contentRoot, path);
    if (!result.ok()) {
        // Nothing of a refused pack stays: no Qt object refers to it once the loader is done.
        QResource::unregisterResource(bytesOf(bytes), mountPoint);
        --registeredCount();
        acceptedPacks().pop_back();
        result.library = {};
    }
    return result;
}

} // namespace meldpunt
