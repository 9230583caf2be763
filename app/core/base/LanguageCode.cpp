#include "LanguageCode.h"

#include <QRegularExpression>

namespace meldpunt {

bool LanguageCode::isValid(const QString &code)
{
    // Anchored to the whole text: "$" would also match before a final newline ("nl\n").
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-z]{2,3}")));
    return pattern.match(code).hasMatch();
}

} // namespace meldpunt
