#pragma once

#include <QPushButton>

class QLabel;

namespace meldpunt {

/// A large touch target with a title and a line or two of text: the topic tiles and the
/// organisation cards. The labels let clicks through; the button is what is focused and read
/// out by screen readers.
class TileButton : public QPushButton
{
    Q_OBJECT

public:
    TileButton(const QString &objectName, QWidget *parent = nullptr);

    void setContent(const QString &title, const QString &text, const QString &contact = {});

    /// One width for every tile, so that the columns of a grid come out even; the height
    /// follows the wrapped text (heightForWidth), so that no line is cut.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

private:
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_contact;
};

} // namespace meldpunt
