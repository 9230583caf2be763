#pragma once

#include <QList>
#include <QString>

namespace meldpunt {

/// A problem found in content or configuration, shown as `file:line: message`
/// so that editors and build logs can jump to it.
struct Diagnostic
{
    QString file;
    int line = 0;
    QString message;

    QString toString() const
    {
        if (line > 0)
            return file + u':' + QString::number(line) + u": " + message;
        return file + u": " + message;
    }
};

using Diagnostics = QList<Diagnostic>;

} // namespace meldpunt
