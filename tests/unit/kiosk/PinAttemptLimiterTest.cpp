#include "PinAttemptLimiter.h"
#include "ManualClock.h"
#include "TestSupport.h"

using namespace meldpunt;
using namespace std::chrono_literals;
using meldpunt::test::ManualClock;

TEST_CASE("four wrong PINs leave the panel open to tries; the fifth locks it for a minute")
{
    ManualClock clock;
    PinAttemptLimiter limiter(clock.function());
    for (int i = 1; i < PinAttemptLimiter::tries; ++i) {
        REQUIRE(limiter.mayTry());
        CHECK_FALSE(limiter.failed());
    }
    REQUIRE(limiter.mayTry());
    CHECK(limiter.failed());
    CHECK_FALSE(limiter.mayTry());
    clock.now += 59999ms;
    CHECK_FALSE(limiter.mayTry());
    clock.now += 1ms;
    CHECK(limiter.mayTry());
    // After the lockout the count starts afresh: four more tries before the next lockout.
    for (int i = 1; i < PinAttemptLimiter::tries; ++i)
        CHECK_FALSE(limiter.failed());
    CHECK(limiter.mayTry());
}

TEST_CASE("the right PIN clears the count of wrong ones")
{
    ManualClock clock;
    PinAttemptLimiter limiter(clock.function());
    for (int i = 1; i < PinAttemptLimiter::tries; ++i)
        limiter.failed();
    limiter.succeeded();
    for (int i = 1; i < PinAttemptLimiter::tries; ++i)
        CHECK_FALSE(limiter.failed());
    CHECK(limiter.mayTry());
}
