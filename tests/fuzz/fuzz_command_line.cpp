// Any argument list (NUL-separated bytes): parsed or refused, never a crash.
#include "CommandLine.h"
#include "PluginGuard.h"

#include <cstdint>
#include <string>
#include <vector>

std::vector<std::string> fuzzSeeds()
{
    using namespace std::string_literals;
    return { "--search\0anoniem\0--limit\0003"s, "--kiosk\0--lang\0en\0--idle-timeout\00090"s,
             "--handout\0a,b\0--output\0x.pdf"s, "-platform\0vnc"s, "--check-content\0/tmp"s, "--search=x"s };
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments;
    for (const QByteArray &part : QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0'))
        arguments << QString::fromUtf8(part);
    const auto result = meldpunt::CommandLine::parse(arguments);
    if (result.error.isEmpty())
        meldpunt::PluginGuard::check({}, result.options.qtArguments, meldpunt::PluginGuard::Use::Window);
    return 0;
}
