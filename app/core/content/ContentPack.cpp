#include "ContentPack.h"

#include <QDir>
#include <QFileInfo>
#include <QResource>

namespace meldpunt {

ContentLoader::Result ContentPack::loadBuiltIn()
{
    return ContentLoader::load(QString::fromLatin1(builtInRoot));
}

ContentLoader::Result ContentPack::load(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return ContentLoader::load(path);

    ContentLoader::Result refused;
    if (!info.exists()) {
        refused.diagnostics.append({ path, 0, QStringLiteral("no such file or folder") });
        return refused;
    }
    if (info.size() > 64 * 1024 * 1024) {
        refused.diagnostics.append({ path, 0, QStringLiteral("a content pack is at most 64 MiB") });
        return refused;
    }

    static int packCount = 0;
    const QString mountPoint = QStringLiteral("/pack-%1").arg(++packCount);
    if (!QResource::registerResource(info.absoluteFilePath(), mountPoint)) {
        refused.diagnostics.append({ path, 0,
                                     QStringLiteral("not a Qt resource file (.rcc); make one with "
                                                    "the content-pack build target") });
        return refused;
    }
    const QString root = u':' + mountPoint;
    const QString contentRoot = QDir(root + u"/content").exists() ? root + u"/content" : root;
    return ContentLoader::load(contentRoot, path);
}

} // namespace meldpunt
