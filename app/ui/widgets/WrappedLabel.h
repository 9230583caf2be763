#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

namespace meldpunt {

/// A word-wrapped label that remembers its height for the last eight widths. QLabel works out
/// heightForWidth() anew on every call, shaping its whole text each time, and layouts ask
/// the same few widths again and again (a tile grid tries its columns at every layout pass):
/// on the home screen that was half of the start-up's work. Everything the height depends
/// on is part of the key, so a stale height is never returned:
///
///     heightForWidth(240) twice, same text and font => shaped once
///     setText(...), a new font or margins            => shaped again
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

private:
    struct Entry
    {
        int width = -1;
        int height = 0;
        QString text;
        QFont font;
        QMargins margins;
        int frameWidth = 0;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        bool wordWrap = false;
        Qt::TextFormat format = Qt::AutoText;
    };
    bool matches(const Entry &entry, int width) const;

    mutable std::array<Entry, 8> m_entries;
    mutable size_t m_next = 0;
};

} // namespace meldpunt
