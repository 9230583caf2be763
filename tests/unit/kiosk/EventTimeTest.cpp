#include "EventTime.h"
#include "TestSupport.h"

using namespace meldpunt;

TEST_CASE("event time: the difference of two input events' times, either way")
{
    CHECK(eventTimeElapsed(5200, 5000) == 200);
    CHECK(eventTimeElapsed(5000, 5200) == -200);
    CHECK(eventTimeElapsed(5000, 5000) == 0);
}

TEST_CASE("event time: across the 32-bit wrap after 49 days")
{
    CHECK(eventTimeElapsed(0x10, 0xFFFFFFF0) == 32);
    CHECK(eventTimeElapsed(0xFFFFFFF0, 0x10) == -32);
    // Platforms that count in 64 bits: only the low 32 bits count, as on X11 and Wayland.
    CHECK(eventTimeElapsed(0x1'0000'0010, 0xFFFFFFF0) == 32);
}

TEST_CASE("event time: before, and not known")
{
    CHECK(eventTimeBefore(100, 500));
    CHECK_FALSE(eventTimeBefore(500, 100));
    CHECK_FALSE(eventTimeBefore(500, 500));
    CHECK(eventTimeBefore(0xFFFFFFF0, 0x10)); // across the wrap
    CHECK_FALSE(eventTimeBefore(0, 500));
    CHECK_FALSE(eventTimeBefore(100, 0));
    CHECK_FALSE(eventTimeBefore(0, 0));
}
