#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QTranslator;

namespace meldpunt {

/// The translation of the user interface (buttons, headings, messages) for one content
/// language, installed in the application. A language folder may bring its own compiled
/// translation, so that a language added as data (a content folder or pack) needs no code;
/// otherwise the one compiled in from translations/*.ts is used:
///
///     find("fy", "/srv/pack/fy") => "/srv/pack/fy/meldpunt-kiosk.qm" when it exists
///     find("nl", ":/content/nl") => ":/i18n/meldpunt-kiosk_nl.qm"
///     find("xx", "")             => "" (the English source strings stay)
///
/// Qt's own translation of its dialogs and buttons (qtbase_<code>.qm from Debian's
/// qt6-translations-l10n, in QLibraryInfo's translations folder) is installed with it, so
/// that a file dialog in the Dutch interface is Dutch too.
///
/// Installing a translation replaces the one installed before; Qt then sends every widget
/// QEvent::LanguageChange.
class UiTranslator
{
public:
    /// The file a language folder may hold, compiled by lrelease from meldpunt-kiosk_<code>.ts.
    static constexpr const char *fileName = "meldpunt-kiosk.qm";
    /// A .qm is read as a regular file of at most this size (no FIFO, no device).
    static constexpr qint64 maxFileSize = 4 * 1024 * 1024;

    UiTranslator();
    ~UiTranslator();
    UiTranslator(const UiTranslator &) = delete;
    UiTranslator &operator=(const UiTranslator &) = delete;

    /// code: a language code; folder: the language's content folder (may be empty).
    static QString find(const QString &code, const QString &folder);
    /// True when path is a .qm file that Qt can load.
    static bool isTranslation(const QString &path);

    /// Installs the language's translation; false (and none of its own installed) when it
    /// has none. Qt's own for that language is installed either way, when there is one.
    bool install(const QString &code, const QString &folder);
    void uninstall();
    /// The file installed, or empty.
    QString installedPath() const { return m_path; }
    /// Qt's own translation installed with it, or empty (none for that language).
    QString qtInstalledPath() const { return m_qtPath; }
    /// Where Qt's own translation for a language is, or empty.
    ///     findQt("nl") => "/usr/share/qt6/translations/qtbase_nl.qm"
    static QString findQt(const QString &code);

private:
    std::unique_ptr<QTranslator> m_translator;
    QByteArray m_bytes; ///< the .qm file, which QTranslator reads in place
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_qtPath;
    QString m_path;
};

} // namespace meldpunt
