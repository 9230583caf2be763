// Build-time check of the content folder: the build fails with `file:line: message` lines
// when the content is malformed, before it is compiled into the program.
#include "ContentLoader.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    QTextStream err(stderr);
    if (arguments.size() < 2 || arguments.size() > 3) {
        err << "usage: meldpunt-content-check CONTENT_FOLDER [DISPLAY_NAME]\n";
        return 2;
    }
    const auto result = meldpunt::ContentLoader::load(arguments[1], arguments.value(2));
    for (const meldpunt::Diagnostic &diagnostic : result.diagnostics)
        err << diagnostic.toString() << '\n';
    return result.ok() ? 0 : 1;
}
