#include "ContentPack.h"
#include "TestSupport.h"
#include "UiTranslator.h"

#include <QCoreApplication>
#include <QFile>

using namespace meldpunt;

namespace {

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

TEST_CASE("the built-in languages use the translations compiled in from translations/*.ts")
{
    const LanguageContent *nl = test::builtInContent().language(QStringLiteral("nl"));
    REQUIRE(nl);
    CHECK(nl->info.folder == u":/content/nl");
    CHECK(UiTranslator::find(nl->info.code, nl->info.folder) == u":/i18n/meldpunt-kiosk_nl.qm");

    UiTranslator translator;
    const char *context = "meldpunt::HomePage";
    CHECK(translated(context, "What is your question about?") == u"What is your question about?");
    REQUIRE(translator.install(nl->info.code, nl->info.folder));
    CHECK(translated(context, "What is your question about?") == u"Waar gaat je vraag over?");
    CHECK(QCoreApplication::translate("meldpunt::ResultsPage", "%n result(s) for “%1”", nullptr, 3)
          == u"3 resultaten voor “%1”");

    // Installing another language replaces the Dutch one; uninstalling leaves the source.
    REQUIRE(translator.install(QStringLiteral("en"), QString()));
    CHECK(translated(context, "What is your question about?") == u"What is your question about?");
    CHECK(translated("meldpunt::MainWindow", "Child in direct danger? Call 112")
          == u"Child in immediate danger? Call 112");
    translator.uninstall();
    CHECK(translator.installedPath().isEmpty());
    CHECK(translated("meldpunt::MainWindow", "Child in direct danger? Call 112")
          == u"Child in direct danger? Call 112");
}

TEST_CASE("Qt's own dialogs follow the language: qtbase_nl.qm from the system's Qt translations")
{
    // qt6-translations-l10n (a build and run dependency) puts it there.
    REQUIRE_FALSE(UiTranslator::findQt(QStringLiteral("nl")).isEmpty());
    CHECK(UiTranslator::findQt(QStringLiteral("../nl")).isEmpty());
    CHECK(UiTranslator::findQt(QString()).isEmpty());
    const char *context = "QFileDialog";
    const QString english = translated(context, "Look in:");
    UiTranslator translator;
    REQUIRE(translator.install(QStringLiteral("nl"), QStringLiteral(":/content/nl")));
    CHECK_FALSE(translator.qtInstalledPath().isEmpty());
    CHECK(translated(context, "Look in:") != english);
    CHECK(translated("QPlatformTheme", "Save") == u"Opslaan");
    translator.uninstall();
    CHECK(translated(context, "Look in:") == english);
}

TEST_CASE("a language without any translation keeps the English source strings")
{
    LanguageInfo unknown;
    unknown.code = QStringLiteral("xx");
    unknown.folder = QStringLiteral("/nonexistent/xx");
    CHECK(UiTranslator::find(unknown.code, unknown.folder).isEmpty());
    UiTranslator translator;
    CHECK_FALSE(translator.install(unknown.code, unknown.folder));
    CHECK(translated("meldpunt::HomePage", "Where you can get help") == u"Where you can get help");
}

TEST_CASE("the content pack carries each language's translation, and it comes first")
{
    const ContentLoader::Result pack = ContentPack::load(QStringLiteral(MELDPUNT_CONTENT_PACK));
    REQUIRE(pack.ok());
    const LanguageContent *nl = pack.library.language(QStringLiteral("nl"));
    REQUIRE(nl);
    CHECK(nl->info.folder.startsWith(QStringLiteral(":/pack-")));
    CHECK(UiTranslator::find(nl->info.code, nl->info.folder) == nl->info.folder + u"/meldpunt-kiosk.qm");
    UiTranslator translator;
    REQUIRE(translator.install(nl->info.code, nl->info.folder));
    CHECK(translator.installedPath() == nl->info.folder + u"/meldpunt-kiosk.qm");
    CHECK(translated("meldpunt::MainWindow", "Quick exit") == u"Snel weg");
}

TEST_CASE("a language folder with a broken translation file is refused")
{
    test::ContentCopy copy;
    test::writeFile(copy.path(QStringLiteral("en/meldpunt-kiosk.qm")), QStringLiteral("not a translation"));
    const ContentLoader::Result result = ContentLoader::load(copy.root(), QStringLiteral("c"));
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].toString()
          == u"c/en/meldpunt-kiosk.qm: not a compiled Qt translation; make it from the .ts file with lrelease");
}
