#pragma once

#include "ContentTypes.h"
#include "NavigationHistory.h"
#include "SearchEngines.h"
#include "Theme.h"
#include "UiTranslator.h"

#include <QMainWindow>
#include <QSet>

#include <optional>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace meldpunt {

class AnswerPage;
class DisplayPanel;
class HandoutBar;
class HandoutBasket;
class HeaderTitle;
class HomePage;
class OrganisationPage;
class ResultsPage;
class TouchKeyboard;

/// The application window: header, the 112 band, the search field, and one page at a time
/// (home, results, answer, organisation) with a history to go back through.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Settings
    {
        QString language;  ///< the language at start and after a reset
        bool kiosk = false;
        Theme theme;       ///< the look at start and after a reset
    };

    /// In kiosk mode the window shows library.verifiedOnly(): no fact without evidence.
    MainWindow(const ContentLibrary &library, Settings settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    void setTextSize(Theme::TextSize size);
    void setHighContrast(bool on);
    const Theme &theme() const { return m_theme; }

    /// Opens an entry or a card by id; false when there is none.
    bool openId(const QString &id);
    void openEntry(const QString &id);
    void openOrganisation(const QString &id);
    void openTopic(const QString &id);
    void showHome();
    void goBack();

    /// Back to the state of a fresh start, for the next visitor: no search text (nor its undo
    /// history), no history, nothing on the pages, default language and look, every page
    /// scrolled to the top, no popup, an empty clipboard and selection. The one wipe path:
    /// kiosk mode's idle reset, quick exit and admin exit all come here.
    void resetSession();
    /// Closes every popup and tooltip: windows of their own, above anything that covers this
    /// one (the quick exit's neutral screen closes them before it is painted).
    void closePopups();
    /// A title shown instead of the window's own (the quick exit's neutral one), kept while
    /// the window retranslates itself underneath; empty: the window's own title again.
    void setTitleOverride(const QString &title);

    QLineEdit *searchField() const { return m_search; }
    QWidget *currentPage() const;
    int historyDepth() const { return m_history.depth(); }

    QPushButton *quickExitButton() const { return m_quickExit; }
    /// The header's "Display" button and the panel it opens (text size, high contrast).
    QPushButton *displayButton() const { return m_display; }
    DisplayPanel *displayPanel() const { return m_displayPanel; }
    /// Workstation mode only; null in kiosk mode.
    HandoutBasket *handoutBasket() const;
    /// Puts an on-screen keyboard below the pages (kiosk mode); the window takes ownership.
    void setTouchKeyboard(TouchKeyboard *keyboard);

Q_SIGNALS:
    /// The visitor pressed "Quick exit" (kiosk mode).
    void quickExitRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    /// Quick exit is the first Tab stop: Tab from a window without focus goes there.
    bool focusNextPrevChild(bool next) override;

private:
    using Location = NavigationHistory::Location;

    QWidget *buildHeader();
    QWidget *buildEmergencyBand();
    QWidget *buildSearchRow();
    QWidget *buildFooter();
    QWidget *m_footer = nullptr;
    void retranslate();
    void updateWindowTitle();
    void applyTheme();
    const LanguageContent &content() const;

    void onSearchTextChanged(const QString &text);
    void openFirstResult();
    void navigate(const Location &location);
    /// The focus is in the search field or on the page (or nowhere): where a visitor opens
    /// an answer or a card from, not a panel or an overlay over the window.
    bool focusOnSearchOrPage() const;
    void showLocation(const Location &location);

    const ContentLibrary m_library; ///< in kiosk mode: ContentLibrary::verifiedOnly()
    const Settings m_defaults;
    QString m_language;
    Theme m_theme;
    SearchEngines m_engines;
    UiTranslator m_translator;
    NavigationHistory m_history;
    QSet<QString> m_marked;

    HeaderTitle *m_headerTitle = nullptr;
    QLabel *m_emergency = nullptr;
    QLabel *m_privacy = nullptr;
    QLabel *m_exitHint = nullptr;
    TouchKeyboard *m_keyboard = nullptr; ///< in kiosk mode
    QPushButton *m_back = nullptr;
    QPushButton *m_clearSearch = nullptr;
    QPushButton *m_display = nullptr;
    DisplayPanel *m_displayPanel = nullptr;
    QPushButton *m_quickExit = nullptr;
    HandoutBar *m_handoutBar = nullptr; ///< workstation mode only
    QButtonGroup *m_languages = nullptr;
    QLineEdit *m_search = nullptr;
    std::optional<Theme> m_appliedTheme; ///< what the application's style sheet shows now
    QString m_ownTitle;      ///< the window's title in its language
    QString m_titleOverride; ///< shown instead while not empty
    QStackedWidget *m_stack = nullptr;
    HomePage *m_home = nullptr;
    ResultsPage *m_results = nullptr;
    AnswerPage *m_answer = nullptr;
    OrganisationPage *m_organisation = nullptr;
};

} // namespace meldpunt
