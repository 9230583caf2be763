#include "Highlight.h"

#include "TextFolding.h"

namespace meldpunt {

QString highlightHtml(const QString &text, const QSet<QString> &foldedWords, const QString &openTag,
                      const QString &closeTag)
{
    QString html;
    qsizetype done = 0;
    if (!foldedWords.isEmpty()) {
        for (const TextFolding::Word &word : TextFolding::words(text)) {
            if (!foldedWords.contains(word.folded))
                continue;
            html += text.mid(done, word.start - done).toHtmlEscaped();
            html += openTag + text.mid(word.start, word.length).toHtmlEscaped() + closeTag;
            done = word.start + word.length;
        }
    }
    html += text.mid(done).toHtmlEscaped();
    return html;
}

} // namespace meldpunt
