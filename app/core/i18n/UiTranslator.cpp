#include "UiTranslator.h"

#include "SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

namespace meldpunt {

UiTranslator::UiTranslator() = default;

UiTranslator::~UiTranslator()
{
    uninstall();
}

QString UiTranslator::find(const QString &code, const QString &folder)
{
    // The content's own translation first: a pack may be newer than the program.
    const QStringList candidates {
        folder.isEmpty() ? QString() : folder + u'/' + QLatin1String(fileName),
        u":/i18n/meldpunt-kiosk_" + code + u".qm",
    };
    for (const QString &path : candidates) {
        if (!path.isEmpty() && QFile::exists(path))
            return path;
    }
    return {};
}

bool UiTranslator::isTranslation(const QString &path)
{
    const SafeFile::Result file = SafeFile::readRegular(path, maxFileSize);
    QTranslator translator;
    return file.ok() && translator.load(reinterpret_cast<const uchar *>(file.bytes.constData()), int(file.bytes.size()));
}

QString UiTranslator::findQt(const QString &code)
{
    // Only a plain language code names a file: nothing from content reaches the path.
    for (QChar c : code) {
        if (!c.isLetter() && c != u'_' && c != u'-')
            return {};
    }
    const QString path = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                             .filePath(u"qtbase_" + code + u".qm");
    return !code.isEmpty() && QFile::exists(path) ? path : QString();
}

bool UiTranslator::install(const QString &code, const QString &folder)
{
    uninstall();
    // Qt's own first, so that the program's translation (installed after it, so asked first)
    // wins where both have a string.
    const QString qtPath = findQt(code);
    if (!qtPath.isEmpty()) {
        auto qtTranslator = std::make_unique<QTranslator>();
        if (qtTranslator->load(qtPath)) {
            QCoreApplication::installTranslator(qtTranslator.get());
            m_qtTranslator = std::move(qtTranslator);
            m_qtPath = qtPath;
        }
    }
    const QString path = find(code, folder);
    if (path.isEmpty())
        return false;
    // Read once as a regular file; QTranslator reads the bytes in place, so they are kept.
    SafeFile::Result file = SafeFile::readRegular(path, maxFileSize);
    if (!file.ok())
        return false;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(reinterpret_cast<const uchar *>(file.bytes.constData()), int(file.bytes.size())))
        return false;
    QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
    m_bytes = std::move(file.bytes);
    m_path = path;
    return true;
}

void UiTranslator::uninstall()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    m_bytes.clear();
    m_path.clear();
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_qtTranslator.reset();
    m_qtPath.clear();
}

} // namespace meldpunt
