#pragma once

#include <QList>
#include <QString>

class QApplication;

namespace meldpunt {

/// The look of the window: three text sizes and a high-contrast variant, applied as one
/// style sheet so that every widget follows at once.
class Theme
{
public:
    enum class TextSize { Normal, Large, Larger };

    TextSize textSize = TextSize::Normal;
    bool highContrast = false;

    /// Base text size in pixels for the chosen step.
    int basePixelSize() const;
    QString styleSheet() const;
    /// Rich text cannot be styled by the style sheet: the tag that marks a search match.
    QString markOpenTag() const;
    QString textColourName() const;
    void apply(QApplication &application) const;

    bool operator==(const Theme &other) const { return textSize == other.textSize && highContrast == other.highContrast; }
    bool operator!=(const Theme &other) const { return !(*this == other); }

    struct ColourPair
    {
        const char *use;
        QString foreground;
        QString background;
    };
    /// Every text colour on the background it is drawn on, for the contrast test.
    QList<ColourPair> colourPairs() const;
    /// The focus ring's colour on what it borders, for the 3:1 test (WCAG 2.4.13).
    QList<ColourPair> focusPairs() const;
    QString focusColourName() const;
    /// The quick-exit button's fill, and a selected button's: they must differ.
    QString exitColourName() const;
    QString selectedColourName() const;

    static QString textSizeName(TextSize size);
    static bool parseTextSize(const QString &name, TextSize &size);
};

} // namespace meldpunt
