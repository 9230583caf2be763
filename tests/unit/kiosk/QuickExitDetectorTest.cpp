#include "QuickExitDetector.h"
#include "ManualClock.h"
#include "TestSupport.h"

using namespace meldpunt;
using namespace std::chrono_literals;
using meldpunt::test::ManualClock;

namespace {

bool tapShift(QuickExitDetector &detector)
{
    detector.keyDown(true);
    return detector.keyUp(true);
}

} // namespace

TEST_CASE("Shift pressed alone three times within the window is a quick exit, on the third release")
{
    ManualClock clock;
    QuickExitDetector detector(clock.function());
    CHECK_FALSE(tapShift(detector));
    clock.now += 1s;
    CHECK_FALSE(tapShift(detector));
    clock.now += 2900ms; // 3.9 s after the first
    CHECK(tapShift(detector));
    // It starts counting again afterwards.
    CHECK_FALSE(tapShift(detector));
}

TEST_CASE("three Shifts spread over more than the window are no quick exit")
{
    ManualClock clock;
    QuickExitDetector detector(clock.function());
    CHECK_FALSE(tapShift(detector));
    clock.now += 2s;
    CHECK_FALSE(tapShift(detector));
    clock.now += 2001ms; // 4.001 s after the first: counting starts again with this one
    CHECK_FALSE(tapShift(detector));
    clock.now += 1s;
    CHECK_FALSE(tapShift(detector));
    clock.now += 1s;
    CHECK(tapShift(detector));
}

TEST_CASE("typing capitals never triggers it")
{
    ManualClock clock;
    QuickExitDetector detector(clock.function());
    for (int letter = 0; letter < 6; ++letter) {
        detector.keyDown(true);  // Shift
        detector.keyDown(false); // "A"
        CHECK_FALSE(detector.keyUp(false));
        CHECK_FALSE(detector.keyUp(true));
    }
}

TEST_CASE("another key or a click between Shifts starts the count again")
{
    ManualClock clock;
    QuickExitDetector detector(clock.function());
    tapShift(detector);
    tapShift(detector);
    detector.keyDown(false);
    CHECK_FALSE(detector.keyUp(false));
    CHECK_FALSE(tapShift(detector));
    CHECK_FALSE(tapShift(detector));
    detector.pointerPressed();
    CHECK_FALSE(tapShift(detector));
    CHECK_FALSE(tapShift(detector));
    CHECK(tapShift(detector));
}

TEST_CASE("a Shift held down repeats its press but counts once; a release alone counts nothing")
{
    ManualClock clock;
    QuickExitDetector detector(clock.function());
    detector.keyDown(true);
    detector.keyDown(true); // seen again by a parent widget
    CHECK_FALSE(detector.keyUp(true));
    CHECK_FALSE(detector.keyUp(true)); // no press before it
    CHECK_FALSE(tapShift(detector));
    CHECK(tapShift(detector));
}

TEST_CASE("reset forgets the Shifts counted so far")
{
    ManualClock clock;
    QuickExitDetector detector(clock.function());
    tapShift(detector);
    tapShift(detector);
    detector.reset();
    CHECK_FALSE(tapShift(detector));
    CHECK_FALSE(tapShift(detector));
    CHECK(tapShift(detector));
}
