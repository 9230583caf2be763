#pragma once

#include <QSet>
#include <QString>

namespace meldpunt {

/// Escapes text for Qt's rich text and marks the words whose folded form a search matched:
///
///     highlightHtml("Ja. Als melder ben je <b>", {"melder"}, "<b>", "</b>")
///         => "Ja. Als <b>melder</b> ben je &lt;b&gt;"
QString highlightHtml(const QString &text, const QSet<QString> &foldedWords, const QString &openTag,
                      const QString &closeTag);

} // namespace meldpunt
