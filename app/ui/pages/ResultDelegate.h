#pragma once

#include <QStyledItemDelegate>

namespace meldpunt {

class Theme;

/// Paints a hit as its kind, its title and a snippet, with the matched words marked.
class ResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ResultDelegate(const Theme &theme, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// What a hit shows: its kind ("Question", "Organisation"), title and snippet, as HTML.
    QString html(const QModelIndex &index) const;

private:

    const Theme &m_theme;
};

} // namespace meldpunt
