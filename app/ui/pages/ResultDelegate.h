#pragma once

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextDocument>

namespace meldpunt {

class Theme;

/// Paints a hit as its kind, its title and a snippet, with the matched words marked. Compact,
/// for a short list (the touch keyboard up on a small screen), it paints the kind and the
/// title in one paragraph and no snippet, so that more hits show whole.
class ResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ResultDelegate(const Theme &theme, QObject *parent = nullptr);

    void setCompact(bool compact) { m_compact = compact; }
    bool isCompact() const { return m_compact; }
    /// Room around the text inside a row, taken by the row's margin and border too.
    static constexpr int fullPadding = 18;
    static constexpr int compactPadding = 10;
    /// The height of a compact row whose title takes one line, at a text size in pixels.
    ///     compactRowHeight(19) => about 46
    static int compactRowHeight(int basePixelSize);
    /// The height of that hit's compact row in a view of that width.
    int compactHeight(const QModelIndex &index, int viewWidth) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// What a hit shows: its kind ("Question", "Organisation"), title and snippet, as HTML.
    QString html(const QModelIndex &index) const;

private:
    int rowPadding() const { return m_compact ? compactPadding : fullPadding; }
    static int rowWidth(int viewWidth);
    /// The row's height for its HTML in a view of that width.
    int rowHeight(const QString &html, const QFont &font, int viewWidth, int padding) const;
    /// The row's text laid out at that width, made once for its height and its paint: a
    /// keystroke asks every hit's height, then paints those that show, and a hit whose
    /// text and marks stay the same from one letter to the next is not laid out again.
    const QTextDocument &document(const QString &html, const QFont &font, int textWidth) const;

    const Theme &m_theme;
    bool m_compact = false;
    mutable QCache<QString, QTextDocument> m_documents { 200 };
};

} // namespace meldpunt
