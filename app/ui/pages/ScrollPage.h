#pragma once

#include <QMargins>
#include <QWidget>

class QScrollArea;
class QVBoxLayout;

namespace meldpunt {

/// A page whose content scrolls vertically: home, an answer, an organisation.
class ScrollPage : public QWidget
{
    Q_OBJECT

public:
    ScrollPage(const QString &objectName, const QMargins &margins, QWidget *parent = nullptr);

    QScrollArea *scrollArea() const { return m_scroll; }
    void scrollToTop();

protected:
    /// Where the page puts its content.
    QVBoxLayout *contentLayout() const { return m_content; }

private:
    QScrollArea *m_scroll;
    QVBoxLayout *m_content;
};

} // namespace meldpunt
