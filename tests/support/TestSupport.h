#pragma once

#include "ContentLoader.h"

#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <ostream>

// Catch2 prints QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &stream, const QString &text)
{
    return stream << text.toStdString();
}

namespace meldpunt::test {

/// The built-in content, loaded once; REQUIREs that it is valid.
const ContentLibrary &builtInContent();

QString dataPath(const QString &name);
QByteArray readBytes(const QString &path);
/// Creates the folders on the way; REQUIREs that every byte is written.
void writeBytes(const QString &path, const QByteArray &bytes);
QString readFile(const QString &path);
void writeFile(const QString &path, const QString &text);

/// A copy of resources/content in a fresh temporary folder, to break on purpose.
class ContentCopy
{
public:
    ContentCopy();
    ~ContentCopy();
    QString root() const { return m_root; }
    QString path(const QString &relative) const { return m_root + u'/' + relative; }
    void replaceInFile(const QString &relative, const QString &before, const QString &after);
    /// Adds the language in tests/data/languages/<code>, as an administrator adds one to a
    /// content pack: its files, English faq.txt and organisations.txt where the data has none
    /// (they follow the Dutch source already), and its interface translation compiled by
    /// lrelease (qmFile) as <code>/meldpunt-kiosk.qm.
    void addLanguage(const QString &code, const QString &qmFile);

private:
    QString m_root;
};

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real program with the given arguments and environment additions; with
/// `wrapper` (strace, say), runs that with the arguments instead.
ProcessResult runProgram(const QStringList &arguments, const QStringList &environment = {},
                         const QByteArray &input = {}, const QString &wrapper = {});

} // namespace meldpunt::test
