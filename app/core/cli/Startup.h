#pragma once

#include "ContentLoader.h"
#include "ContentPack.h"
#include "KioskConfig.h"

#include <QString>
#include <QTextStream>

namespace meldpunt {

/// What every mode of the program does before its real work, in one place: how it reports a
/// refusal, the sandbox, where the content and the configuration come from, and
/// which language it starts in.
class Startup
{
public:
    /// Standard error, shared by every mode.
    static QTextStream &errors();

    /// Prints "meldpunt-kiosk: message" and the --help hint; returns exit code 2.
    static int refuse(const QString &message);

    /// Promises 1 and 2 in every mode, before any Qt object that could open a display or a
    /// bus: no socket but AF_UNIX (and netlink's device events), no child process, and in
    /// kiosk mode no directory, from here on (see Sandbox). When the filter cannot be
    /// installed: in kiosk mode a refusal to start (false, after saying why), elsewhere a
    /// warning (true).
    static bool installSandbox(bool kiosk);

    /// The built-in content, or the administrator's pack when it is valid and trusted (a
    /// refused pack is reported with its `file:line: message` lines; a pack used with a
    /// warning, unsigned in workstation mode, says so).
    static ContentLoader::Result loadContent(const QString &packPath, const ContentPack::Trust &trust);

    /// Whom the configuration trusts to sign packs; kiosk mode always requires a signature.
    ///
    ///     trust(config with trusted-key K, kiosk)       => keys {K}, signature required
    ///     trust(config with trusted-key K, workstation) => keys {K}, required only when the
    ///                                                      config says require-signed-content
    static ContentPack::Trust trust(const KioskConfig &config, bool kiosk);

    /// The administrator's settings: the given file, else the default file when it exists.
    /// Problems are reported and their defaults kept.
    static KioskConfig readConfig(const QString &path);

    /// The language to use: `wanted` when given, else the content's first. Null, with the
    /// reason in `error`, when the content has no such language.
    ///
    ///     chooseLanguage(nl+en, "")   => nl
    ///     chooseLanguage(nl+en, "de") => null, "no content in language 'de'; there is: nl, en"
    static const LanguageContent *chooseLanguage(const ContentLibrary &library, const QString &wanted,
                                                 QString &error);
};

} // namespace meldpunt
