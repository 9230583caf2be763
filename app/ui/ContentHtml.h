#pragma once

#include "ContentTypes.h"

#include <QSet>
#include <QString>

namespace meldpunt {

/// Rich text for QLabel from content blocks: paragraphs and lists, with search matches marked.
QString contentHtml(const RichText &blocks, const QSet<QString> &marked, const QString &markOpenTag);

} // namespace meldpunt
