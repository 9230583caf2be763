#pragma once

#include "ContentLoader.h"

#include <QString>

namespace meldpunt {

/// Where content comes from: the built-in resource, a folder, or an administrator's binary
/// content pack (.rcc, made by the content-pack build target).
class ContentPack
{
public:
    static constexpr const char *builtInRoot = ":/content";

    /// Loads and checks a folder or an .rcc file. A pack's resources stay registered for the
    /// life of the program, so that the content's paths remain valid.
    static ContentLoader::Result load(const QString &path);

    /// The built-in content (compiled in; checked at build time).
    static ContentLoader::Result loadBuiltIn();
};

} // namespace meldpunt
