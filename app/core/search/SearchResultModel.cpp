#include "SearchResultModel.h"

namespace meldpunt {

void SearchResultModel::setHits(QList<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return hit.title;
    case Qt::AccessibleDescriptionRole:
    case SnippetRole:
        return hit.snippet;
    case KindRole:
        return int(hit.kind);
    case IdRole:
        return hit.id;
    case ScoreRole:
        return hit.score;
    case MatchedWordsRole:
        return QStringList(hit.matchedWords.begin(), hit.matchedWords.end());
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(SnippetRole, "snippet");
    names.insert(ScoreRole, "score");
    names.insert(MatchedWordsRole, "matchedWords");
    return names;
}

} // namespace meldpunt
