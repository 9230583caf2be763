#include "UiTranslator.h"

#include <QCoreApplication>
#include <QFile>
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
    QTranslator translator;
    return translator.load(path);
}

bool UiTranslator::install(const QString &code, const QString &folder)
{
    uninstall();
    const QString path = find(code, folder);
    if (path.isEmpty())
        return false;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(path))
        return false;
    QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
    m_path = path;
    return true;
}

void UiTranslator::uninstall()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    m_path.clear();
}

} // namespace meldpunt
