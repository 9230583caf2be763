#pragma once

#include "ContentTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace meldpunt {

/// The counsellor's handout: chosen answers and organisation cards on A4, each way to reach an
/// organisation with a QR code, written with QPdfWriter. Needs a QGuiApplication (fonts).
///
///     write(nl, {"anoniem-melden", "helpwanted"}, "/tmp/h.pdf") => a two-section PDF
///     write(nl, {"bestaat-niet"}, ...)                          => error "no entry or card 'bestaat-niet'"
class HandoutWriter
{
    Q_DECLARE_TR_FUNCTIONS(HandoutWriter)

public:
    struct Result
    {
        bool ok = false;
        QString error;
    };

    /// Writes atomically: an existing file is replaced only when the whole PDF was written.
    /// Only a regular file or a new path: "/dev/full" => error "... it is a device, not a regular file; ..."
    static Result write(const LanguageContent &content, const QStringList &ids, const QString &fileName);
    static Result write(const LanguageContent &content, const QStringList &ids, QIODevice *device);

    /// What the PDF holds, as HTML (QR codes as resource names "qr:N"), so that a test can read
    /// it: no unconfirmed fact is ever printed. Empty for an unknown id.
    static QString html(const LanguageContent &content, const QStringList &ids);
};

} // namespace meldpunt
