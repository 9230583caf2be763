#pragma once

#include "CommandLine.h"
#include "ContentPack.h"
#include "ContentTypes.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace meldpunt {

/// The commands that need no window, all in one layer: they write to the given streams and
/// return the exit code.
class CliCommands
{
public:
    /// Runs the command of a mode without a window (Search, List, CheckContent, Handout,
    /// ReviewSheet, HashPin, MakeSigningKey, SignPack, Version, Help) with the application object
    /// it needs. The caller has installed the sandbox already (Startup::installSandbox).
    static int run(const Options &options, int argc, char *argv[]);

    /// JSON Lines: {"kind","id","title","score","text"} per hit, best first.
    static int search(const LanguageContent &content, const QString &query, int limit, QTextStream &out);

    /// JSON Lines: every entry, then every card, in content order.
    static int list(const LanguageContent &content, QTextStream &out);

    /// Checks a content folder or pack: exit 0 with a summary (and a pack's signature), or 1
    /// with `file:line: message` lines.
    ///
    ///     checkContent("pack.rcc", {K}) => "pack.rcc: valid: 2 languages (en, nl), ...",
    ///                                      "pack.rcc: signature: valid, by trusted key K"
    static int checkContent(const QString &path, const ContentPack::Trust &trust, QTextStream &out);

    /// A new secret signing key in a new file (mode 0600); its `trusted-key =` line on `out`.
    static int makeSigningKey(const QString &keyFile, QTextStream &out);

    /// Signs a pack with the secret key in keyFile: writes PACK.sig beside it.
    static int signPack(const QString &packPath, const QString &keyFile, QTextStream &out);

    /// The counsellor's handout of the given ids as a PDF; needs a QGuiApplication.
    static int handout(const LanguageContent &content, const QStringList &ids, const QString &outputFile);

    /// The content owner's review sheet of every language as HTML (ReviewSheet).
    static int reviewSheet(const ContentLibrary &library, const QString &language, const QString &outputFile);

    /// The PIN from `in` to the config line that holds its hash. On a terminal it asks on
    /// `prompt` twice, with the echo off, and refuses two different PINs; otherwise it reads
    /// one line. Refuses a PIN that PinHash::whyUnacceptable() refuses (fewer than 8
    /// characters, say).
    ///
    ///     pipe "25802580\n"                    => 0, "admin-pin-hash = $argon2id$..."
    ///     terminal "25802580\n25802580\n"      => 0, the same
    ///     terminal "25802580\n25802581\n"      => 2, nothing on `out`
    ///     "2580\n"                             => 2, "the PIN needs at least 8 characters"
    static int hashPin(QTextStream &in, QTextStream &out, QTextStream &prompt, bool terminal);
};

} // namespace meldpunt
