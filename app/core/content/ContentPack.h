#pragma once

#include "ContentLoader.h"
#include "PackSignature.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace meldpunt {

/// Where content comes from: the built-in resource, a folder, or an administrator's binary
/// content pack (.rcc, made by the content-pack build target).
///
/// A pack is untrusted input until it has passed every check, in this order: it is a regular
/// file of at most 64 MiB, read into memory once (SafeFile); its signature (PACK.rcc.sig) is
/// checked against those bytes (PackSignature); its structure is walked by our own reader
/// (RccReader); only then Qt registers it from that buffer, and its content is checked
/// (ContentLoader). A pack refused at any step leaves nothing registered.
///
///     load("/srv/pack.rcc", {keys {K}, requireSignature}) with a .sig by K => ok, signature Valid
///     load("/srv/pack.rcc", {keys {K}, requireSignature}) without a .sig   => refused: "not signed ..."
///     load("/srv/pack.rcc", {})  without a .sig => ok, with a warning (workstation mode)
///     load("/srv/cut.rcc", {})   => refused: "not a sound content pack: node 2: its 6 children ..."
///     load("/tmp/fifo", {})      => refused: "a FIFO (named pipe), not a regular file"
class ContentPack
{
public:
    static constexpr const char *builtInRoot = ":/content";
    static constexpr qint64 maxPackSize = 64 * 1024 * 1024;

    /// Which signers the configuration trusts, and whether a signature is required (always in
    /// kiosk mode; elsewhere when the configuration says `require-signed-content = yes`).
    struct Trust
    {
        QList<QByteArray> keys; ///< Ed25519 public keys, 32 bytes each
        bool requireSignature = false;
    };

    struct Result : ContentLoader::Result
    {
        bool isPack = false; ///< an .rcc file, not a folder
        PackSignature::Check signature;
        QStringList warnings; ///< a pack used all the same, and why it is worth a look
    };

    /// Loads and checks a folder or an .rcc file. An accepted pack stays registered, and its
    /// bytes in memory, for the life of the program, so that the content's paths stay valid.
    static Result load(const QString &path, const Trust &trust);
    static Result load(const QString &path) { return load(path, Trust()); }

    /// The built-in content (compiled in; checked at build time).
    static ContentLoader::Result loadBuiltIn();

    /// How many packs are registered with Qt now: a refused pack never adds one.
    static int registeredPacks();
};

} // namespace meldpunt
