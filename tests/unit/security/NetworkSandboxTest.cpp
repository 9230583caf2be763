#include "NetworkSandbox.h"
#include "TestSupport.h"

#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace meldpunt;

namespace {

/// Runs `probe` in a child process under the sandbox (the filter is for good, so never in
/// the test process itself); the child's exit status says what happened.
int inSandbox(int (*probe)())
{
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (!NetworkSandbox::install().isEmpty())
            _exit(100);
        _exit(probe());
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    return WEXITSTATUS(status);
}

/// 0: refused with EACCES; 1: created; 2: failed otherwise.
int socketOutcome(int family, int type)
{
    const int fd = socket(family, type, 0);
    if (fd >= 0) {
        close(fd);
        return 1;
    }
    return errno == EACCES ? 0 : 2;
}

} // namespace

TEST_CASE("under the sandbox, sockets of the internet families are refused with EACCES")
{
    CHECK(inSandbox([] { return socketOutcome(AF_INET, SOCK_STREAM); }) == 0);
    CHECK(inSandbox([] { return socketOutcome(AF_INET, SOCK_DGRAM); }) == 0);
    CHECK(inSandbox([] { return socketOutcome(AF_INET6, SOCK_STREAM); }) == 0);
    CHECK(inSandbox([] { return socketOutcome(AF_PACKET, SOCK_RAW); }) == 0);
    CHECK(inSandbox([] { return socketOutcome(AF_BLUETOOTH, SOCK_STREAM); }) == 0);
    CHECK(inSandbox([] { return socketOutcome(AF_UNSPEC, SOCK_STREAM); }) == 0);
    CHECK(inSandbox([] { return socketOutcome(-1, SOCK_STREAM); }) == 0);
    CHECK(inSandbox([] { return socketOutcome(AF_VSOCK, SOCK_STREAM); }) == 0);
}

TEST_CASE("under the sandbox, local sockets still work")
{
    CHECK(inSandbox([] { return socketOutcome(AF_UNIX, SOCK_STREAM); }) == 1);
    CHECK(inSandbox([] { return socketOutcome(AF_NETLINK, SOCK_RAW); }) == 1);
    CHECK(inSandbox([] {
              int fds[2];
              if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
                  return 2;
              close(fds[0]);
              close(fds[1]);
              return 1;
          })
          == 1);
}

TEST_CASE("without the sandbox the same process may create an internet socket")
{
    // The control: the refusals above come from the filter, not from the machine.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0)
        _exit(socketOutcome(AF_INET, SOCK_DGRAM));
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WEXITSTATUS(status) == 1);
}
