#include "SearchResultModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>

using namespace meldpunt;

namespace {

QList<SearchHit> fixtureHits()
{
    SearchHit entry;
    entry.kind = SearchHit::Kind::Faq;
    entry.id = QStringLiteral("anoniem-melden");
    entry.title = QStringLiteral("Kan ik anoniem melden?");
    entry.snippet = QStringLiteral("Ja. Als melder ben je anoniem.");
    entry.score = 2.5;
    entry.matchedWords = { QStringLiteral("anoniem") };
    SearchHit card;
    card.kind = SearchHit::Kind::Organisation;
    card.id = QStringLiteral("politie");
    card.title = QStringLiteral("Politie");
    card.score = 1.25;
    return { entry, card };
}

} // namespace

TEST_CASE("the result model passes QAbstractItemModelTester and exposes every role")
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHits(fixtureHits());
    REQUIRE(model.rowCount() == 2);
    const QModelIndex first = model.index(0);
    CHECK(first.data(Qt::DisplayRole).toString() == u"Kan ik anoniem melden?");
    CHECK(first.data(SearchResultModel::KindRole).toInt() == int(SearchHit::Kind::Faq));
    CHECK(first.data(SearchResultModel::IdRole).toString() == u"anoniem-melden");
    CHECK(first.data(SearchResultModel::SnippetRole).toString() == u"Ja. Als melder ben je anoniem.");
    CHECK(first.data(SearchResultModel::ScoreRole).toDouble() == 2.5);
    CHECK(first.data(SearchResultModel::MatchedWordsRole).toStringList() == QStringList { QStringLiteral("anoniem") });
    const QModelIndex second = model.index(1);
    CHECK(second.data(SearchResultModel::KindRole).toInt() == int(SearchHit::Kind::Organisation));
    CHECK(second.data(SearchResultModel::IdRole).toString() == u"politie");
    CHECK(model.hit(1).title == u"Politie");
    CHECK(model.roleNames().value(SearchResultModel::SnippetRole) == "snippet");
    model.clear();
    CHECK(model.rowCount() == 0);
}
