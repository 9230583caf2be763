#pragma once

#include <QWidget>

class QLabel;

namespace meldpunt {

/// The app's name and a line under it, at the start of the header. It takes the room the
/// header's buttons leave and is always as tall as both lines, whatever shows: so the header
/// has one height per text size, in every language. A line that does not fit whole is not
/// shown rather than cut or wrapped (the line under the name first):
///
///     width >= both lines' width  => name and line under it
///     width >= the name's width   => the name alone, in the middle
///     narrower                    => nothing (the buttons keep their words)
class HeaderTitle : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderTitle(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &subtitle);
    QLabel *title() const { return m_title; }
    QLabel *subtitle() const { return m_subtitle; }

    QSize sizeHint() const override;
    /// As tall as both lines, and no width: the buttons come first.
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void place();

    QLabel *m_title;
    QLabel *m_subtitle;
};

} // namespace meldpunt
