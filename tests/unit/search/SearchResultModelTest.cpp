#include "SearchEngine.h"
#include "SearchResultModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>

using namespace meldpunt;

TEST_CASE("the result model passes QAbstractItemModelTester and exposes its roles")
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const SearchEngine engine(*test::builtInContent().language(QStringLiteral("nl")));
    model.setHits(engine.search(QStringLiteral("anoniem"), 10));
    REQUIRE(model.rowCount() > 0);
    const QModelIndex first = model.index(0);
    CHECK(first.data(Qt::DisplayRole).toString() == u"Kan ik anoniem een melding maken?");
    CHECK(first.data(SearchResultModel::IdRole).toString() == u"anoniem-melden");
    CHECK(first.data(SearchResultModel::MatchedWordsRole).toStringList().contains(QStringLiteral("anoniem")));
    CHECK(model.roleNames().value(SearchResultModel::SnippetRole) == "snippet");
    model.clear();
    CHECK(model.rowCount() == 0);
}
