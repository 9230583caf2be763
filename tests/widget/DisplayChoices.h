#pragma once

// The header's Display choices as a visitor makes them: the Display button, a button in the
// panel it opens, then Escape to close the panel. Real clicks and keys, no setters.

#include "DisplayPanel.h"
#include "MainWindow.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

namespace meldpunt::test {

/// Opens the panel with a click on the header's Display button.
inline DisplayPanel &openDisplayPanel(MainWindow &window)
{
    DisplayPanel *panel = window.displayPanel();
    REQUIRE(panel);
    if (!panel->isOpen())
        QTest::mouseClick(window.displayButton(), Qt::LeftButton);
    REQUIRE(panel->isOpen());
    return *panel;
}

/// A button in the panel: "textSize_normal", "textSize_large", "textSize_larger",
/// "contrastButton", "displayClose".
inline QPushButton *displayChoice(MainWindow &window, const QString &name)
{
    auto *button = window.displayPanel()->findChild<QPushButton *>(name);
    REQUIRE(button);
    return button;
}

/// Opens the panel, clicks the choice and closes the panel with Escape.
inline void chooseDisplay(MainWindow &window, const QString &name)
{
    openDisplayPanel(window);
    QPushButton *button = displayChoice(window, name);
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    REQUIRE_FALSE(window.displayPanel()->isOpen());
}

} // namespace meldpunt::test
