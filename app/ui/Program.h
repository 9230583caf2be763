#pragma once

namespace meldpunt {

/// What main() does: parses the command line, refuses unsafe environments, installs the
/// sandbox before anything of Qt exists, and runs either a command without a window or the
/// window itself.
class Program
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace meldpunt
