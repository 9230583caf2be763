#pragma once

#include "SearchHit.h"

#include <QAbstractListModel>

namespace meldpunt {

/// Search hits (or the entries of a topic) as a list model: the title is Qt::DisplayRole.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< SearchHit::Kind as int
        IdRole,
        SnippetRole,
        ScoreRole,
        MatchedWordsRole, ///< QStringList of folded words, for highlighting
    };

    using QAbstractListModel::QAbstractListModel;

    void setHits(QList<SearchHit> hits);
    void clear() { setHits({}); }
    const SearchHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace meldpunt
