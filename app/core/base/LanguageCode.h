#pragma once

#include <QString>

namespace meldpunt {

/// A language code as the command line, the configuration and content folders name it:
///
///     isValid("nl"), isValid("fy"), isValid("pap") => true
///     isValid("NL"), isValid("nl_NL"), isValid("") => false
class LanguageCode
{
public:
    static bool isValid(const QString &code);
};

} // namespace meldpunt
