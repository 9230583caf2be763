#include "NavigationHistory.h"
#include "TestSupport.h"

using namespace meldpunt;
using Location = NavigationHistory::Location;
using Page = Location::Page;

TEST_CASE("a new history is home, and back on home stays home")
{
    NavigationHistory history;
    CHECK(history.current() == Location {});
    CHECK(history.depth() == 1);
    history.back();
    CHECK(history.current() == Location {});
    CHECK(history.depth() == 1);
}

TEST_CASE("typing replaces the results page it is on; Back goes to where the search started")
{
    NavigationHistory history;
    CHECK(history.type(QStringLiteral("an")));
    CHECK(history.current() == Location { Page::Results, {}, QStringLiteral("an") });
    CHECK(history.type(QStringLiteral("anon")));
    CHECK(history.current() == Location { Page::Results, {}, QStringLiteral("anon") });
    CHECK(history.depth() == 2);
    CHECK_FALSE(history.type(QStringLiteral("anon"))); // the same text changes nothing
    history.back();
    CHECK(history.current() == Location {});
}

TEST_CASE("clearing the search leaves the results page, and only that")
{
    NavigationHistory history;
    CHECK_FALSE(history.type(QStringLiteral("  "))); // on home: nothing to leave
    history.type(QStringLiteral("politie"));
    CHECK(history.type(QString()));
    CHECK(history.current() == Location {});
    CHECK(history.depth() == 1);

    history.open({ Page::Entry, QStringLiteral("anoniem-melden"), {} });
    CHECK_FALSE(history.type(QString())); // an answer stays open
    CHECK(history.current().page == Page::Entry);
}

TEST_CASE("opening a page adds a step, the same page twice adds none, home starts over")
{
    NavigationHistory history;
    history.type(QStringLiteral("a"));
    CHECK(history.open({ Page::Entry, QStringLiteral("x"), {} }));
    CHECK_FALSE(history.open({ Page::Entry, QStringLiteral("x"), {} }));
    CHECK(history.depth() == 3);
    CHECK(history.current().showsDocument());
    CHECK(history.open({ Page::Organisation, QStringLiteral("politie"), {} }));
    CHECK(history.depth() == 4);

    history.back();
    CHECK(history.current() == Location { Page::Entry, QStringLiteral("x"), {} });
    history.back();
    CHECK(history.current() == Location { Page::Results, {}, QStringLiteral("a") });
    CHECK_FALSE(history.current().showsDocument());

    history.open({ Page::Topic, QStringLiteral("melden"), {} });
    CHECK(history.open(Location {}));
    CHECK(history.depth() == 1);
}

TEST_CASE("reset forgets everything")
{
    NavigationHistory history;
    history.type(QStringLiteral("a"));
    history.open({ Page::Topic, QStringLiteral("melden"), {} });
    history.reset();
    CHECK(history.depth() == 1);
    CHECK(history.current() == Location {});
}
