#pragma once

#include "ContentTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

class QIODevice;

namespace meldpunt {

/// How a handout is written.
struct HandoutOptions
{
    /// Title the handout "Meldpunt Kinderporno" rather than the neutral "Help and
    /// information" (for a counsellor's own files, not for a visitor to carry).
    bool namedTitle = false;
    /// The date printed at the top.
    QDate date = QDate::currentDate();
};

/// The counsellor's handout: chosen answers and organisation cards on A4, each way to reach an
/// organisation with a QR code, written with QPdfWriter. Needs a QGuiApplication (fonts).
///
/// At the top: a title (neutral by default, "Hulp en informatie", so that a child or parent can
/// carry it safely), the date, 112 and how to use the QR codes. Pages break between blocks,
/// never inside one: a question keeps its heading with its first paragraph, a card stays
/// whole, and each distinct target (a number, an address) has one QR code.
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
        int pages = 0; ///< how many pages the PDF has
    };

    /// (a struct of its own, outside: a nested one cannot be a default argument here)
    using Options = HandoutOptions;

    /// Writes atomically: an existing file is replaced only when the whole PDF was written.
    /// Only a regular file or a new path: "/dev/full" => error "... it is a device, not a regular file; ..."
    static Result write(const LanguageContent &content, const QStringList &ids, const QString &fileName,
                        const Options &options = {});
    static Result write(const LanguageContent &content, const QStringList &ids, QIODevice *device,
                        const Options &options = {});

    /// What the PDF holds, as HTML, its blocks one after another (QR codes as resource names
    /// "qr:N"), so that a test can read it: no fact without evidence is ever printed. Empty for an
    /// unknown id.
    static QString html(const LanguageContent &content, const QStringList &ids, const Options &options = {});
    /// The title the handout carries with those options.
    ///     title({}) => "Help and information" (Dutch: "Hulp en informatie")
    static QString title(const Options &options);
};

} // namespace meldpunt
