// Build-time check of the content folder: the build fails with `file:line: message` lines
// when the content is malformed, before it is compiled into the program; a fact checked more
// than a year ago is a `file:line: warning: due for a new check` line that does not fail it. On success it records
// in RECORD_FILE (the build's stamp) and on stdout whether the content owner approved each
// language (approved-by, approved-on in language.txt).
#include "ContentLoader.h"
#include "ReviewSheet.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    QTextStream err(stderr);
    if (arguments.size() < 2 || arguments.size() > 4) {
        err << "usage: meldpunt-content-check CONTENT_FOLDER [DISPLAY_NAME [RECORD_FILE]]\n";
        return 2;
    }
    const auto result = meldpunt::ContentLoader::load(arguments[1], arguments.value(2));
    for (const meldpunt::Diagnostic &diagnostic : result.diagnostics + result.dueForCheck)
        err << diagnostic.toString() << '\n';
    if (!result.ok())
        return 1;
    const QString approval = meldpunt::ReviewSheet::approvalLines(result.library);
    QTextStream(stdout) << approval;
    if (arguments.size() == 4) {
        QSaveFile record(arguments[3]);
        if (!record.open(QIODevice::WriteOnly) || record.write(approval.toUtf8()) < 0 || !record.commit()) {
            err << arguments[3] << ": cannot write the record: " << record.errorString() << '\n';
            return 1;
        }
    }
    return 0;
}
