// The real program with a language added as data alone (tests/data/languages/fy).
#include "TestSupport.h"

#include <QRegularExpression>

using namespace meldpunt;

TEST_CASE("the program takes a language from a content folder without a new build")
{
    test::ContentCopy copy;
    copy.addLanguage(QStringLiteral("fy"), QStringLiteral(MELDPUNT_FY_QM));

    const auto check = test::runProgram({ QStringLiteral("--check-content"), copy.root() });
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("valid: 3 languages")));

    const auto list = test::runProgram({ QStringLiteral("--content"), copy.root(), QStringLiteral("--lang"),
                                         QStringLiteral("fy"), QStringLiteral("--list") });
    CHECK(list.exitCode == 0);
    CHECK(list.out.count(u'\n') >= 30);

    const auto window = test::runProgram({ QStringLiteral("--content"), copy.root(), QStringLiteral("--lang"),
                                           QStringLiteral("fy"), QStringLiteral("--quit-after-first-paint") });
    INFO(window.err.toStdString());
    CHECK(window.exitCode == 0);
    CHECK(window.err.isEmpty());
}

TEST_CASE("a content folder whose interface translation is broken is refused")
{
    test::ContentCopy copy;
    copy.addLanguage(QStringLiteral("fy"), QStringLiteral(MELDPUNT_FY_QM));
    test::writeFile(copy.path(QStringLiteral("fy/meldpunt-kiosk.qm")), QStringLiteral("<TS>not compiled</TS>"));
    const auto check = test::runProgram({ QStringLiteral("--check-content"), copy.root() });
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QRegularExpression(QStringLiteral("fy/meldpunt-kiosk\\.qm: not a compiled Qt translation"))));
}
