#pragma once

#include "ContentTypes.h"
#include "Diagnostic.h"

#include <QString>

namespace meldpunt {

/// Reads a content folder (one subfolder per language, see resources/content/README.md)
/// from disk or from a resource path such as ":/content", and checks it whole:
/// syntax, required fields, references between files, and stale translations.
class ContentLoader
{
public:
    struct Result
    {
        ContentLibrary library;
        Diagnostics diagnostics;

        bool ok() const { return diagnostics.isEmpty() && !library.isEmpty(); }
    };

    /// rootDir: the folder holding nl/, en/, ...; displayRoot: how diagnostics name it.
    static Result load(const QString &rootDir, const QString &displayRoot = {});

    static constexpr qint64 maxFileSize = 4 * 1024 * 1024;
};

} // namespace meldpunt
