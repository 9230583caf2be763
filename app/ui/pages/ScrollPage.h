#pragma once

#include <QMargins>
#include <QWidget>

class QScrollArea;
class QVBoxLayout;

namespace meldpunt {

/// A page whose content scrolls vertically: home, an answer, an organisation. The content is
/// a column at most `maximumWidth` wide (with its margins) at the left, so that lines stay
/// readable on a wide screen; its height follows the wrapped text at the column's real width.
class ScrollPage : public QWidget
{
    Q_OBJECT

public:
    ScrollPage(const QString &objectName, const QMargins &margins, int maximumWidth, QWidget *parent = nullptr);

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
