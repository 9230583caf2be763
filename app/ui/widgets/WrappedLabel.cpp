#include "WrappedLabel.h"

namespace meldpunt {

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

bool WrappedLabel::matches(const Entry &entry, int width) const
{
    return entry.width == width && entry.wordWrap == wordWrap() && entry.margin == margin()
        && entry.indent == indent() && entry.frameWidth == frameWidth() && entry.alignment == alignment()
        && entry.format == textFormat() && entry.margins == contentsMargins() && entry.text == text()
        && entry.font == font();
}

int WrappedLabel::heightForWidth(int width) const
{
    for (const Entry &entry : m_entries) {
        if (matches(entry, width))
            return entry.height;
    }
    Entry &entry = m_entries[m_next];
    m_next = (m_next + 1) % m_entries.size();
    entry = { width, QLabel::heightForWidth(width), text(), font(), contentsMargins(), frameWidth(),
              margin(), indent(), alignment(), wordWrap(), textFormat() };
    return entry.height;
}

} // namespace meldpunt
