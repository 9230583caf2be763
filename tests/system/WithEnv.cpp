// Runs a program with exactly the given environment entries, repeated names included
// (env(1), the shell and most interpreters keep one of each):
//   with-env NAME=value ... -- PROGRAM ARGS...
// Plain C++ and no interpreter, so that nothing but the program itself shows up in a trace.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

int main(int argc, char **argv)
{
    int separator = 1;
    while (separator < argc && std::strcmp(argv[separator], "--") != 0)
        ++separator;
    if (separator + 1 >= argc) {
        std::fprintf(stderr, "usage: with-env NAME=value ... -- PROGRAM ARGS...\n");
        return 2;
    }
    std::vector<char *> environment(argv + 1, argv + separator);
    environment.push_back(nullptr);
    execve(argv[separator + 1], argv + separator + 1, environment.data());
    std::fprintf(stderr, "with-env: %s: %s\n", argv[separator + 1], std::strerror(errno));
    return 127;
}
