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

// What the soak saw (tests/system/monkey): Qt's xcb plugin delivered clicks made before the
// first Shift after it, up to four seconds late, and each of them cancelled the count.
TEST_CASE("a click made before the Shifts but delivered among them does not cancel them")
{
    ManualClock clock;
    QuickExitDetector detector(clock.function());
    detector.keyDown(true, 5000);
    detector.pointerPressed(1000); // clicked at 1000, delivered now
    CHECK_FALSE(detector.keyUp(true, 5040));
    detector.keyDown(true, 5080);
    CHECK_FALSE(detector.keyUp(true, 5120));
    detector.pointerPressed(4900); // still from before the first Shift
    detector.keyDown(true, 5160);
    detector.pointerPressed(4990);
    CHECK(detector.keyUp(true, 5200));
}

TEST_CASE("a click or a key made between the Shifts still cancels them, whenever it arrives")
{
    ManualClock clock;
    QuickExitDetector detector(clock.function());
    detector.keyDown(true, 5000);
    CHECK_FALSE(detector.keyUp(true, 5040));
    detector.keyDown(true, 5080);
    detector.pointerPressed(5060); // between the first and the second Shift
    CHECK_FALSE(detector.keyUp(true, 5120));
    detector.keyDown(true, 5160);
    CHECK_FALSE(detector.keyUp(true, 5200)); // the count began again at 5080: two so far

    detector.reset();
    detector.keyDown(true, 6000);
    detector.keyUp(true, 6040);
    detector.keyDown(true, 6080);
    detector.keyDown(false, 6090); // a capital: Shift is not alone
    CHECK_FALSE(detector.keyUp(true, 6120));
    detector.keyDown(true, 6160);
    CHECK_FALSE(detector.keyUp(true, 6200));
}

TEST_CASE("the window goes by the events' own times: Shifts delivered late still count")
{
    ManualClock clock;
    QuickExitDetector detector(clock.function());
    detector.keyDown(true, 100);
    CHECK_FALSE(detector.keyUp(true, 140));
    clock.now += 6s; // the program was busy; the next presses arrive six seconds later
    detector.keyDown(true, 180);
    CHECK_FALSE(detector.keyUp(true, 220));
    detector.keyDown(true, 260);
    CHECK(detector.keyUp(true, 300));

    // And presses really five seconds apart are no quick exit, however fast they arrive.
    detector.keyDown(true, 10000);
    CHECK_FALSE(detector.keyUp(true, 10040));
    detector.keyDown(true, 15000);
    CHECK_FALSE(detector.keyUp(true, 15040));
    detector.keyDown(true, 15080);
    CHECK_FALSE(detector.keyUp(true, 15120));
    detector.keyDown(true, 15160);
    CHECK(detector.keyUp(true, 15200));
}

TEST_CASE("event times that wrap around (32-bit milliseconds, after 49 days) still order")
{
    ManualClock clock;
    QuickExitDetector detector(clock.function());
    const quint64 nearWrap = 0xFFFFFF00u;
    detector.keyDown(true, nearWrap);
    detector.pointerPressed(nearWrap - 500); // from before
    CHECK_FALSE(detector.keyUp(true, nearWrap + 0x40));
    detector.keyDown(true, 0x10); // wrapped
    CHECK_FALSE(detector.keyUp(true, 0x50));
    detector.keyDown(true, 0x90);
    CHECK(detector.keyUp(true, 0xD0));
}
