#include "LanguageCode.h"

#include <QRegularExpression>

namespace meldpunt {

bool LanguageCode::isValid(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}$"));
    return pattern.match(code).hasMatch();
}

} // namespace meldpunt
