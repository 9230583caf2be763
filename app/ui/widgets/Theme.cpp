#include "Theme.h"

#include "FocusRing.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QPalette>

namespace meldpunt {

namespace {

struct Colours
{
    const char *window;
    const char *text;
    const char *muted;
    const char *surface;
    const char *border;
    const char *accent;      ///< buttons, links, focus
    const char *accentText;  ///< text on accent
    const char *emergency;   ///< the 112 band
    const char *emergencyText;
    const char *mark;        ///< search highlight background
    const char *markText;
    const char *hover;
    const char *focus;       ///< the focus ring, 3:1 or more against window, surface and hover
    const char *exit;        ///< the quick-exit button: unlike any selected button
    const char *exitText;
};

// Both palettes keep text contrast at WCAG AA or better (normal text 4.5:1).
constexpr Colours calm { "#f4f7f6", "#17262d", "#3d5159", "#ffffff", "#c9d6d4", "#005f6b",
                         "#ffffff", "#9b1c1f", "#ffffff", "#ffe27a", "#17262d", "#e6f0ef",
                         "#17262d", "#9b1c1f", "#ffffff" };
constexpr Colours contrast { "#000000", "#ffffff", "#ffffff", "#000000", "#ffffff", "#ffd60a",
                             "#000000", "#ffd60a", "#000000", "#ffd60a", "#000000", "#1a1a1a",
                             "#ffd60a", "#ffffff", "#000000" };

} // namespace

int Theme::basePixelSize() const
{
    switch (textSize) {
    case TextSize::Normal:
        return 19;
    case TextSize::Large:
        return 23;
    case TextSize::Larger:
        return 28;
    }
    return 19;
}

QString Theme::textSizeName(TextSize size)
{
    switch (size) {
    case TextSize::Normal:
        return QStringLiteral("normal");
    case TextSize::Large:
        return QStringLiteral("large");
    case TextSize::Larger:
        return QStringLiteral("larger");
    }
    return {};
}

bool Theme::parseTextSize(const QString &name, TextSize &size)
{
    for (TextSize candidate : { TextSize::Normal, TextSize::Large, TextSize::Larger }) {
        if (textSizeName(candidate) == name) {
            size = candidate;
            return true;
        }
    }
    return false;
}

QString Theme::styleSheet() const
{
    QFile file(QStringLiteral(":/styles/kiosk.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString sheet = QString::fromUtf8(file.readAll());
    const Colours &c = highContrast ? contrast : calm;
    const int base = basePixelSize();
    const QList<QPair<QString, QString>> values {
        { QStringLiteral("@window"), QString::fromLatin1(c.window) },
        { QStringLiteral("@text"), QString::fromLatin1(c.text) },
        { QStringLiteral("@muted"), QString::fromLatin1(c.muted) },
        { QStringLiteral("@surface"), QString::fromLatin1(c.surface) },
        { QStringLiteral("@border"), QString::fromLatin1(c.border) },
        { QStringLiteral("@accentText"), QString::fromLatin1(c.accentText) },
        { QStringLiteral("@accent"), QString::fromLatin1(c.accent) },
        { QStringLiteral("@emergencyText"), QString::fromLatin1(c.emergencyText) },
        { QStringLiteral("@emergency"), QString::fromLatin1(c.emergency) },
        { QStringLiteral("@markText"), QString::fromLatin1(c.markText) },
        { QStringLiteral("@mark"), QString::fromLatin1(c.mark) },
        { QStringLiteral("@hover"), QString::fromLatin1(c.hover) },
        { QStringLiteral("@focus"), QString::fromLatin1(c.focus) },
        { QStringLiteral("@exitText"), QString::fromLatin1(c.exitText) },
        { QStringLiteral("@exit"), QString::fromLatin1(c.exit) },
        { QStringLiteral("@small"), QString::number(base * 85 / 100) + u"px" },
        { QStringLiteral("@base"), QString::number(base) + u"px" },
        { QStringLiteral("@large"), QString::number(base * 125 / 100) + u"px" },
        { QStringLiteral("@huge"), QString::number(base * 160 / 100) + u"px" },
    };
    for (const auto &[name, value] : values)
        sheet.replace(name, value);
    return sheet;
}

QString Theme::markOpenTag() const
{
    const Colours &c = highContrast ? contrast : calm;
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">")
        .arg(QString::fromLatin1(c.mark), QString::fromLatin1(c.markText));
}

QList<Theme::ColourPair> Theme::colourPairs() const
{
    const Colours &c = highContrast ? contrast : calm;
    auto pair = [](const char *use, const char *foreground, const char *background) {
        return ColourPair { use, QString::fromLatin1(foreground), QString::fromLatin1(background) };
    };
    return { pair("text on window", c.text, c.window),     pair("text on surface", c.text, c.surface),
             pair("muted on window", c.muted, c.window),   pair("muted on surface", c.muted, c.surface),
             pair("accent on surface", c.accent, c.surface), pair("accent text on accent", c.accentText, c.accent),
             pair("112 band", c.emergencyText, c.emergency), pair("search match", c.markText, c.mark),
             pair("text on hover", c.text, c.hover),       pair("accent on hover", c.accent, c.hover),
             pair("quick exit", c.exitText, c.exit) };
}

QList<Theme::ColourPair> Theme::focusPairs() const
{
    const Colours &c = highContrast ? contrast : calm;
    auto pair = [](const char *use, const char *foreground, const char *background) {
        return ColourPair { use, QString::fromLatin1(foreground), QString::fromLatin1(background) };
    };
    // The ring is drawn on the page around a control, so these are what it borders on.
    return { pair("focus ring on window", c.focus, c.window), pair("focus ring on surface", c.focus, c.surface),
             pair("focus ring on hover", c.focus, c.hover) };
}

QString Theme::focusColourName() const
{
    return QString::fromLatin1((highContrast ? contrast : calm).focus);
}

QString Theme::exitColourName() const
{
    return QString::fromLatin1((highContrast ? contrast : calm).exit);
}

QString Theme::selectedColourName() const
{
    return QString::fromLatin1((highContrast ? contrast : calm).accent);
}

QString Theme::textColourName() const
{
    return QString::fromLatin1((highContrast ? contrast : calm).text);
}

void Theme::apply(QApplication &application) const
{
    QFont font = application.font();
    font.setPixelSize(basePixelSize());
    // The family fontconfig gives for the default ("Sans Serif" is an alias): asked by its
    // alias, every new size and weight is looked up twice.
    font.setFamilies({ QFontInfo(font).family() });
    application.setFont(font);
    application.setStyleSheet(styleSheet());
    FocusRing::follow(QColor(focusColourName()));
}

} // namespace meldpunt
