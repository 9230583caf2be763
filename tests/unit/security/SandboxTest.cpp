#include "Sandbox.h"
#include "TestSupport.h"

#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <csignal>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace meldpunt;

namespace {

/// 0: refused with EACCES; 1: allowed (created, or what the call does when allowed); 2: failed
/// otherwise; 3: refused with EEXIST; 4: refused with EROFS.
enum Outcome { Refused = 0, Allowed = 1, OtherError = 2, Exists = 3, ReadOnly = 4 };

/// Runs `probe` in a child process under the sandbox (the filter is for good, so never in
/// the test process itself); the child's exit status says what happened.
int inSandbox(int (*probe)(), Sandbox::Mode mode = Sandbox::Mode::Workstation)
{
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (!Sandbox::install(mode).isEmpty())
            _exit(100);
        _exit(probe());
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    return WEXITSTATUS(status);
}

/// The same probe without the sandbox: the control that shows the machine allows it.
int outsideSandbox(int (*probe)())
{
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0)
        _exit(probe());
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    return WEXITSTATUS(status);
}

int outcome(int result)
{
    if (result >= 0)
        return Allowed;
    return errno == EACCES ? Refused : errno == EEXIST ? Exists : OtherError;
}

int socketOutcome(int family, int type, int protocol = 0)
{
    const int fd = socket(family, type, protocol);
    if (fd >= 0)
        close(fd);
    return outcome(fd);
}

int socketpairOutcome(int family)
{
    int fds[2];
    const int result = socketpair(family, SOCK_STREAM, 0, fds);
    if (result == 0) {
        close(fds[0]);
        close(fds[1]);
    }
    return outcome(result);
}

/// When the exec works, the shell's exit status 1 says Allowed.
int execOutcome()
{
    char *const argv[] = { const_cast<char *>("sh"), const_cast<char *>("-c"), const_cast<char *>("exit 1"), nullptr };
    char *const envp[] = { nullptr };
    execve("/bin/sh", argv, envp);
    return outcome(-1);
}

int forkOutcome()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    if (child > 0)
        waitpid(child, nullptr, 0);
    return outcome(child);
}

/// mkdir of a fresh name in /tmp: Allowed only when it really exists after.
int mkdirOutcome()
{
    const QByteArray path = "/tmp/meldpunt-sandbox-test-" + QByteArray::number(getpid());
    const int result = mkdir(path.constData(), 0700);
    const int saved = errno;
    struct stat info {};
    const bool exists = stat(path.constData(), &info) == 0;
    rmdir(path.constData());
    errno = saved;
    if (result == 0)
        return exists ? Allowed : OtherError;
    return exists ? OtherError : outcome(result);
}

/// A new file in /tmp through `create`: Allowed only when it really exists after.
int createOutcome(int (*create)(const char *path))
{
    const QByteArray path = "/tmp/meldpunt-sandbox-test-file-" + QByteArray::number(getpid());
    const int fd = create(path.constData());
    const int saved = errno;
    struct stat info {};
    const bool exists = stat(path.constData(), &info) == 0;
    if (fd >= 0)
        close(fd);
    unlink(path.constData());
    if (fd >= 0)
        return exists ? Allowed : OtherError;
    if (exists)
        return OtherError;
    return saved == EROFS ? ReadOnly : saved == EACCES ? Refused : OtherError;
}

int openCreate(const char *path) { return open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600); }
int openatCreate(const char *path) { return openat(AT_FDCWD, path, O_RDWR | O_CREAT | O_EXCL, 0600); }
int creatCreate(const char *path) { return creat(path, 0600); }
int unnamedFile(const char *) { return open("/tmp", O_TMPFILE | O_RDWR, 0600); }

} // namespace

TEST_CASE("under the sandbox, sockets of the internet families are refused with EACCES")
{
    CHECK(inSandbox([] { return socketOutcome(AF_INET, SOCK_STREAM); }) == Refused);
    CHECK(inSandbox([] { return socketOutcome(AF_INET, SOCK_DGRAM); }) == Refused);
    CHECK(inSandbox([] { return socketOutcome(AF_INET6, SOCK_STREAM); }) == Refused);
    CHECK(inSandbox([] { return socketOutcome(AF_PACKET, SOCK_RAW); }) == Refused);
    CHECK(inSandbox([] { return socketOutcome(AF_BLUETOOTH, SOCK_STREAM); }) == Refused);
    CHECK(inSandbox([] { return socketOutcome(AF_UNSPEC, SOCK_STREAM); }) == Refused);
    CHECK(inSandbox([] { return socketOutcome(-1, SOCK_STREAM); }) == Refused);
    CHECK(inSandbox([] { return socketOutcome(AF_VSOCK, SOCK_STREAM); }) == Refused);
    CHECK(inSandbox([] { return socketpairOutcome(AF_INET); }) == Refused);
}

TEST_CASE("under the sandbox, netlink serves device events only")
{
    // libudev's monitor (Qt's libinput and evdev input on linuxfb and eglfs).
    CHECK(inSandbox([] { return socketOutcome(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_KOBJECT_UEVENT); })
          == Allowed);
    // Routing, auditing and the rest say things about the machine's network: refused.
    CHECK(inSandbox([] { return socketOutcome(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE); }) == Refused);
    CHECK(inSandbox([] { return socketOutcome(AF_NETLINK, SOCK_DGRAM, NETLINK_ROUTE); }) == Refused);
    CHECK(inSandbox([] { return socketOutcome(AF_NETLINK, SOCK_RAW, NETLINK_AUDIT); }) == Refused);
    CHECK(inSandbox([] { return socketOutcome(AF_NETLINK, SOCK_RAW, NETLINK_GENERIC); }) == Refused);
    // The control: NETLINK_ROUTE itself works on this machine.
    CHECK(outsideSandbox([] { return socketOutcome(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE); }) == Allowed);
}

TEST_CASE("under the sandbox, local sockets still work")
{
    CHECK(inSandbox([] { return socketOutcome(AF_UNIX, SOCK_STREAM); }) == Allowed);
    CHECK(inSandbox([] { return socketOutcome(AF_UNIX, SOCK_DGRAM); }) == Allowed);
    CHECK(inSandbox([] { return socketpairOutcome(AF_UNIX); }) == Allowed);
}

TEST_CASE("under the sandbox, no other program and no child process")
{
    CHECK(inSandbox(execOutcome) == Refused);
    CHECK(inSandbox(forkOutcome) == Refused);
    CHECK(inSandbox([] {
              const pid_t child = vfork();
              if (child == 0)
                  _exit(0);
              return outcome(child);
          })
          == Refused);
    // The controls: the machine allows both.
    CHECK(outsideSandbox(forkOutcome) == Allowed);
    CHECK(outsideSandbox(execOutcome) == Allowed);
}

TEST_CASE("under the sandbox, threads still start")
{
    CHECK(inSandbox([] {
              int value = 0;
              std::thread thread([&value] { value = 42; });
              thread.join();
              return value == 42 ? int(Allowed) : int(OtherError);
          })
          == Allowed);
    CHECK(inSandbox([] {
              int value = 0;
              std::unique_ptr<QThread> thread(QThread::create([&value] { value = 7; }));
              thread->start();
              return thread->wait(5000) && value == 7 ? int(Allowed) : int(OtherError);
          })
          == Allowed);
}

TEST_CASE("in kiosk mode no directory can be created; in workstation mode it can")
{
    CHECK(inSandbox(mkdirOutcome, Sandbox::Mode::Kiosk) == Exists);
    CHECK(inSandbox(
              [] {
                  char folder[] = "/tmp/meldpunt-sandbox-test.XXXXXX";
                  // mkdtemp is mkdir too: refused before the folder exists.
                  return mkdtemp(folder) ? int(Allowed) : outcome(-1);
              },
              Sandbox::Mode::Kiosk)
          == Exists);
    CHECK(inSandbox(mkdirOutcome, Sandbox::Mode::Workstation) == Allowed);
    CHECK(outsideSandbox(mkdirOutcome) == Allowed);
}

#if defined(__x86_64__)
TEST_CASE("under the sandbox, a system call of another architecture ends the process")
{
    // int 0x80 enters the kernel's 32-bit table, where the filter's numbers mean other calls:
    // the filter kills rather than guess (libseccomp's default for a foreign architecture).
    // The control first: a kernel without 32-bit emulation has no such table at all.
    const int control = outsideSandbox([] {
        long result = 20;
        __asm__ volatile("int $0x80" : "+a"(result) : : "memory");
        return result > 0 ? int(Allowed) : int(OtherError);
    });
    if (control != Allowed) {
        WARN("this kernel runs no 32-bit system calls: nothing to refuse");
        return;
    }
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (!Sandbox::install(Sandbox::Mode::Workstation).isEmpty())
            _exit(100);
        long result = 20; // getpid in the i386 table
        __asm__ volatile("int $0x80" : "+a"(result) : : "memory");
        _exit(0);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGSYS);
}
#endif

TEST_CASE("in kiosk mode no file can be created; existing files still open")
{
    CHECK(inSandbox([] { return createOutcome(openCreate); }, Sandbox::Mode::Kiosk) == ReadOnly);
    CHECK(inSandbox([] { return createOutcome(openatCreate); }, Sandbox::Mode::Kiosk) == ReadOnly);
    CHECK(inSandbox([] { return createOutcome(creatCreate); }, Sandbox::Mode::Kiosk) == ReadOnly);
    CHECK(inSandbox(
              [] {
                  const int fd = unnamedFile(nullptr);
                  if (fd >= 0)
                      close(fd);
                  return fd >= 0 ? int(Allowed) : errno == EROFS ? int(ReadOnly) : int(OtherError);
              },
              Sandbox::Mode::Kiosk)
          == ReadOnly);
    CHECK(inSandbox(
              [] {
                  const int fd = open("/dev/null", O_RDWR);
                  const int fd2 = open("/proc/self/status", O_RDONLY);
                  const bool ok = fd >= 0 && fd2 >= 0;
                  close(fd);
                  close(fd2);
                  return ok ? int(Allowed) : int(OtherError);
              },
              Sandbox::Mode::Kiosk)
          == Allowed);
    // Workstation mode writes handouts; the controls outside the sandbox.
    CHECK(inSandbox([] { return createOutcome(openCreate); }, Sandbox::Mode::Workstation) == Allowed);
    CHECK(outsideSandbox([] { return createOutcome(openatCreate); }) == Allowed);
    CHECK(outsideSandbox([] { return createOutcome(creatCreate); }) == Allowed);
}
