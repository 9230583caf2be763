#pragma once

#include "Diagnostic.h"

#include <QByteArray>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace meldpunt {

/// The administrator's settings of a kiosk: a small INI file, read and never written (the
/// kiosk writes nothing to disk, so QSettings is not used). Only the section [kiosk] counts.
/// A bad value gives a `file:line: message` and keeps its default: the kiosk still starts.
///
///     [kiosk]
///     language = en              => language "en"
///     idle-timeout = 120         => idleTimeoutSeconds 120
///     idle-timeout = 5           => 90, "kiosk.conf:3: idle-timeout must be a whole number from 15 to 3600"
///     touch-keyboard = on        => touchKeyboard On
///     admin-chord = Ctrl+Alt+K   => adminChord Ctrl+Alt+K
///     admin-pin-hash = $argon2id$v=19$m=65536,t=2,p=1$...  (made by `meldpunt-kiosk --hash-pin`)
///     content = /srv/meldpunt/content.rcc
///     trusted-key = 0Pq3...=     => a signer of content packs (printed by --make-signing-key);
///     trusted-key = 7Hs1...=        repeatable: each trusted key counts
///     require-signed-content = yes => a signature also outside kiosk mode (kiosk mode always)
///
/// The file is read as untrusted input: a regular file only (no FIFO, device or folder), at
/// most 64 KiB.
struct KioskConfig
{
    enum class TouchKeyboard { Auto, On, Off };

    QString language;                 ///< empty: not set (the content's first language)
    int idleTimeoutSeconds = 90;
    TouchKeyboard touchKeyboard = TouchKeyboard::Auto;
    QString textSize = QStringLiteral("normal"); ///< normal, large or larger
    bool highContrast = false;
    QString contentPack;              ///< empty: the built-in content
    QString neutralText;              ///< empty: a plain welcome
    QKeySequence adminChord = defaultAdminChord();
    QString adminPinHash;             ///< empty: the administrator cannot leave with a chord
    QList<QByteArray> trustedKeys;    ///< Ed25519 public keys (32 bytes) that may sign packs
    bool requireSignedContent = false; ///< kiosk mode requires a signature whatever this says

    static constexpr int minIdleTimeout = 15;
    static constexpr int maxIdleTimeout = 3600;
    static constexpr const char *defaultPath = "/etc/meldpunt-kiosk/kiosk.conf";
    static constexpr qint64 maxSize = 64 * 1024;
    static QKeySequence defaultAdminChord();

    struct Result;
    /// Reads a file; a file that cannot be read gives one diagnostic and the defaults.
    static Result load(const QString &path);
    /// Parses INI text; fileName is only used in diagnostics.
    static Result parse(const QString &text, const QString &fileName);
};

struct KioskConfig::Result
{
    KioskConfig config;
    Diagnostics diagnostics;
};

} // namespace meldpunt
