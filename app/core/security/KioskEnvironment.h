#pragma once

#include <QStringList>

namespace meldpunt {

/// The no-trace promise below our own code: before QApplication exists in kiosk mode, tells
/// Qt, Mesa and the desktop libraries not to keep caches or session state under $HOME
/// (~/.cache, ~/.local, ~/.config). The kiosk then works with a read-only home directory.
///
///     prepare() => MESA_SHADER_CACHE_DISABLE=true, QT_DISABLE_SHADER_DISK_CACHE=1, ...,
///                  SESSION_MANAGER unset; returns the names it changed
class KioskEnvironment
{
public:
    static QStringList prepare();
};

} // namespace meldpunt
