#pragma once

#include <QWidget>

class QPushButton;

namespace meldpunt {

class HandoutBasket;
struct LanguageContent;

/// The counsellor's handout buttons beside the search field (workstation mode only: a kiosk
/// never writes files). It owns the basket. "Add to handout" shows on an answer or a card
/// and says whether that one is in; "Save handout (n)" shows once something is chosen:
///
///     showDocument(nl, "anoniem-melden"), basket empty  => "Add to handout"
///     click it                                          => "In handout", "Save handout (1)"
///     showDocument(nl, {}) (home, results)              => "Save handout (1)" alone
///
/// With neither button to show, the bar hides, so that the row around it keeps its spacing.
class HandoutBar : public QWidget
{
    Q_OBJECT

public:
    explicit HandoutBar(QWidget *parent = nullptr);

    HandoutBasket *basket() const { return m_basket; }
    /// What the window shows: an answer's or card's id in that language's content, or empty
    /// for a page that is neither. `content` must outlive the bar or the next call.
    void showDocument(const LanguageContent &content, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    HandoutBasket *m_basket;
    QPushButton *m_add;
    QPushButton *m_save;
    const LanguageContent *m_content = nullptr;
    QString m_id; ///< the answer or card on show; empty: none
};

} // namespace meldpunt
