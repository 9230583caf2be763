#include "MainWindow.h"

#include "AnswerPage.h"
#include "DisplayPanel.h"
#include "EnterClicks.h"
#include "HandoutBar.h"
#include "HeaderTitle.h"
#include "HomePage.h"
#include "KineticScroll.h"
#include "OrganisationPage.h"
#include "QuickExitKeys.h"
#include "ResultsPage.h"
#include "SearchEngine.h"
#include "SearchResultModel.h"
#include "TouchKeyboard.h"
#include "WrappedLabel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QAbstractScrollArea>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace meldpunt {

MainWindow::MainWindow(const ContentLibrary &library, Settings settings, QWidget *parent)
    : QMainWindow(parent)
    // A kiosk visitor never sees a fact without its evidence.
    , m_library(settings.kiosk ? library.verifiedOnly() : library)
    , m_defaults(std::move(settings))
    , m_language(m_defaults.language)
    , m_theme(m_defaults.theme)
    , m_engines(m_library)
{
    setObjectName(QStringLiteral("mainWindow"));
    // No title bar in a kiosk: on Wayland Qt would draw its own, with buttons to close,
    // minimize and un-maximize it. Set before the children: later, the window is made
    // anew with all of them (a fifth of the start-up's work).
    if (m_defaults.kiosk)
        setWindowFlag(Qt::FramelessWindowHint);
    // The look before the widgets: a style sheet or font set after them re-polishes and
    // re-measures every one (a fifth of the start-up's work); set now it is only parsed.
    if (auto *application = qobject_cast<QApplication *>(QCoreApplication::instance())) {
        m_theme.apply(*application);
        m_appliedTheme = m_theme;
    }
    // Each part is made in its place: a widget moved into another parent is matched
    // against the style sheet again, with everything in it (a page moved into the stack
    // cost more than making it).
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("page"));
    setCentralWidget(central);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_stack = new QStackedWidget(central);
    m_home = new HomePage(m_stack);
    m_results = new ResultsPage(m_theme, m_stack);
    m_answer = new AnswerPage(m_theme, m_stack);
    m_organisation = new OrganisationPage(m_theme, !m_defaults.kiosk, m_stack);
    for (QWidget *page : { static_cast<QWidget *>(m_home), static_cast<QWidget *>(m_results),
                           static_cast<QWidget *>(m_answer), static_cast<QWidget *>(m_organisation) })
        m_stack->addWidget(page);
    // Every page's view scrolls under a finger. A kiosk's touch panel may present itself as
    // a pointer, so there a press-and-drag scrolls too; on a workstation a mouse drag still
    // selects. Decided once: Qt 6.4 keeps a little of every gesture grabbed (tests/sanitize/lsan.supp).
    const auto input = m_defaults.kiosk ? KineticScroll::Input::TouchAndPointer : KineticScroll::Input::Touch;
    for (QAbstractScrollArea *view : m_stack->findChildren<QAbstractScrollArea *>())
        KineticScroll::enable(view, input);

    layout->addWidget(buildHeader());
    layout->addWidget(buildEmergencyBand());
    layout->addWidget(buildSearchRow());
    layout->addWidget(m_stack, 1);
    m_footer = buildFooter();
    layout->addWidget(m_footer);

    // Over the window, under the kiosk's overlays (they are made later and raise themselves).
    m_displayPanel = new DisplayPanel(m_display, this);
    connect(m_displayPanel, &DisplayPanel::textSizeChosen, this, &MainWindow::setTextSize);
    connect(m_displayPanel, &DisplayPanel::highContrastChosen, this, &MainWindow::setHighContrast);

    connect(m_home, &HomePage::topicClicked, this, &MainWindow::openTopic);
    connect(m_home, &HomePage::organisationClicked, this, &MainWindow::openOrganisation);
    connect(m_results, &ResultsPage::organisationClicked, this, &MainWindow::openOrganisation);
    connect(m_results, &ResultsPage::hitActivated, this, [this](SearchHit::Kind kind, const QString &id) {
        // The answer marks the words that the search matched in it.
        const QModelIndex current = m_results->list()->currentIndex();
        const QStringList words = current.data(SearchResultModel::MatchedWordsRole).toStringList();
        m_marked = QSet<QString>(words.begin(), words.end());
        if (kind == SearchHit::Kind::Faq)
            openEntry(id);
        else
            openOrganisation(id);
    });
    connect(m_answer, &AnswerPage::organisationClicked, this, &MainWindow::openOrganisation);
    connect(m_organisation, &OrganisationPage::organisationClicked, this, &MainWindow::openOrganisation);

    m_results->list()->installEventFilter(this);
    auto *back = new QShortcut(QKeySequence::Back, this);
    connect(back, &QShortcut::activated, this, &MainWindow::goBack);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &MainWindow::goBack);
    setContextMenuPolicy(Qt::NoContextMenu);
    setMinimumSize(800, 600);
    // Within the screen's free area (a 1366x768 laptop has less than 900 px to spare).
    QSize size(1280, 900);
    if (const QScreen *display = screen())
        size = size.boundedTo(display->availableGeometry().size() * 9 / 10).expandedTo(minimumSize());
    resize(size);

    // Keyboard users meet quick exit first, then Back and the search field; the header's
    // choices come after the page.
    QWidget::setTabOrder(m_quickExit, m_back);
    QWidget::setTabOrder(m_back, m_search);
    QWidget::setTabOrder(m_search, m_clearSearch);

    setLanguage(m_language);
    applyTheme();
    m_search->setFocus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildHeader()
{
    auto *header = new QWidget(centralWidget());
    header->setObjectName(QStringLiteral("header"));
    header->setAttribute(Qt::WA_StyledBackground);
    // One row at every width from 800 px, every text size and in every language: the name,
    // the languages (each named in itself), one "Display" button for text size and contrast,
    // and quick exit. Its height depends on the text size only, so the page never jumps when
    // the language changes.
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(24, 8, 24, 8);
    row->setSpacing(12);

    m_headerTitle = new HeaderTitle;
    row->addWidget(m_headerTitle, 1);

    m_languages = new QButtonGroup(this);
    m_languages->setExclusive(true);
    for (const LanguageContent &language : m_library.languages()) {
        auto *button = new QPushButton(language.info.name);
        button->setObjectName(u"language_" + language.info.code);
        button->setCheckable(true);
        button->setProperty("languageCode", language.info.code);
        // Each language is named in itself and read out in itself.
        button->setAccessibleName(language.info.name);
        m_languages->addButton(button);
        EnterClicks::add(button);
        row->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, code = language.info.code] { setLanguage(code); });
    }

    m_display = new QPushButton;
    m_display->setObjectName(QStringLiteral("displayButton"));
    row->addSpacing(4);
    row->addWidget(m_display);

    m_quickExit = new QPushButton;
    m_quickExit->setObjectName(QStringLiteral("quickExit"));
    // Hidden outside kiosk mode; never shown here: a widget shown before it has a parent
    // opens a window of its own for a moment.
    if (!m_defaults.kiosk)
        m_quickExit->hide();
    connect(m_quickExit, &QPushButton::clicked, this, &MainWindow::quickExitRequested);
    EnterClicks::add(m_quickExit);
    row->addSpacing(4);
    row->addWidget(m_quickExit);
    return header;
}

QWidget *MainWindow::buildEmergencyBand()
{
    auto *band = new QWidget(centralWidget());
    band->setObjectName(QStringLiteral("emergencyBand"));
    band->setAttribute(Qt::WA_StyledBackground);
    auto *row = new QHBoxLayout(band);
    row->setContentsMargins(32, 10, 32, 10);
    m_emergency = new QLabel;
    m_emergency->setObjectName(QStringLiteral("emergencyText"));
    m_emergency->setTextFormat(Qt::PlainText);
    row->addWidget(m_emergency);
    row->addStretch();
    return band;
}

QWidget *MainWindow::buildSearchRow()
{
    auto *area = new QWidget(centralWidget());
    area->setObjectName(QStringLiteral("page"));
    auto *row = new QHBoxLayout(area);
    row->setContentsMargins(32, 20, 32, 8);
    row->setSpacing(16);
    m_back = new QPushButton;
    m_back->setObjectName(QStringLiteral("backButton"));
    connect(m_back, &QPushButton::clicked, this, &MainWindow::goBack);
    EnterClicks::add(m_back);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setMaxLength(10000);
    m_search->setContextMenuPolicy(Qt::NoContextMenu);
    m_search->setDragEnabled(false);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onSearchTextChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::openFirstResult);
    // Qt's own clear button is too small to hit on a touch screen.
    m_clearSearch = new QPushButton(QStringLiteral("✕"));
    m_clearSearch->setObjectName(QStringLiteral("clearSearch"));
    m_clearSearch->setVisible(false);
    EnterClicks::add(m_clearSearch);
    connect(m_clearSearch, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_search->setFocus();
    });
    connect(m_search, &QLineEdit::textChanged, m_clearSearch,
            [this](const QString &text) { m_clearSearch->setVisible(!text.isEmpty()); });
    row->addWidget(m_back);
    row->addWidget(m_search, 1);
    row->addWidget(m_clearSearch);

    if (!m_defaults.kiosk) {
        // Counsellors collect answers and cards for a printed or mailed handout.
        m_handoutBar = new HandoutBar;
        row->addWidget(m_handoutBar);
    }
    return area;
}

QWidget *MainWindow::buildFooter()
{
    auto *footer = new QWidget(centralWidget());
    footer->setObjectName(QStringLiteral("footer"));
    footer->setAttribute(Qt::WA_StyledBackground);
    auto *row = new QHBoxLayout(footer);
    row->setContentsMargins(32, 8, 32, 8);
    m_privacy = new WrappedLabel;
    m_privacy->setObjectName(QStringLiteral("privacyLine"));
    m_privacy->setWordWrap(true);
    row->addWidget(m_privacy, 1);
    // Quick exit by the keys, said where keyboard users read it (kiosk mode only).
    m_exitHint = new WrappedLabel;
    m_exitHint->setObjectName(QStringLiteral("privacyLine"));
    m_exitHint->setWordWrap(true);
    if (!m_defaults.kiosk)
        m_exitHint->hide();
    row->addWidget(m_exitHint, 1);
    return footer;
}

const LanguageContent &MainWindow::content() const
{
    const LanguageContent *language = m_library.language(m_language);
    return language ? *language : m_library.languages().first();
}

void MainWindow::setLanguage(const QString &code)
{
    if (!m_library.language(code))
        return;
    m_language = code;

    const LanguageContent &language = content();
    // Without a translation the English source strings show.
    m_translator.install(language.info.code, language.info.folder);
    // Qt posts LanguageChange to the windows; deliver it now, so that every label has
    // changed when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);

    // A left-to-right language keeps the application's direction, so that Qt's -reverse
    // still shows the window mirrored.
    if (language.info.direction == Qt::RightToLeft)
        setLayoutDirection(Qt::RightToLeft);
    else
        unsetLayoutDirection();
    m_home->setContent(language);
    m_results->setGeneralHelp(language);
    for (QAbstractButton *button : m_languages->buttons())
        button->setChecked(button->property("languageCode").toString() == code);
    retranslate();
    showLocation(m_history.current());
}

void MainWindow::setTextSize(Theme::TextSize size)
{
    m_theme.textSize = size;
    applyTheme();
}

void MainWindow::setHighContrast(bool on)
{
    if (m_theme.highContrast == on)
        return;
    m_theme.highContrast = on;
    applyTheme();
}

void MainWindow::applyTheme()
{
    // A style sheet re-polishes every widget: not again for the look already applied (a
    // wipe returns to it, mostly from it).
    auto *application = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (application && (!m_appliedTheme || *m_appliedTheme != m_theme)) {
        m_theme.apply(*application);
        m_appliedTheme = m_theme;
    }
    m_displayPanel->showTheme(m_theme);
    // The footer's lines keep room for two lines of text, so that a language whose words
    // wrap where another's fit on one line does not change the page's height.
    for (QLabel *label : { m_privacy, m_exitHint }) {
        label->ensurePolished();
        label->setMinimumHeight(2 * QFontMetrics(label->font()).lineSpacing());
    }
    if (m_keyboard)
        m_keyboard->checkRoom();
    showLocation(m_history.current()); // rich text carries its colours inline
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ownTitle = tr("Meldpunt Kinderporno: questions and help");
    updateWindowTitle();
    m_headerTitle->setTexts(tr("Meldpunt Kinderporno"), tr("Questions, answers and where to find help"));
    m_emergency->setText(tr("Child in direct danger? Call 112"));
    m_emergency->setAccessibleName(m_emergency->text());
    m_privacy->setText(tr("This app works without internet and does not remember what you search or read."));
    m_back->setText(layoutDirection() == Qt::RightToLeft ? tr("Back →") : tr("← Back"));
    m_back->setAccessibleName(tr("Back"));
    m_search->setPlaceholderText(tr("Type a question or a word, for example: anonymous"));
    m_search->setAccessibleName(tr("Search"));
    m_clearSearch->setAccessibleName(tr("Clear the search"));
    m_clearSearch->setToolTip(m_clearSearch->accessibleName());
    m_search->setAccessibleDescription(tr("Results appear while you type"));
    //: The header's button that opens the choice of text size and high contrast
    m_display->setText(tr("Display") + QStringLiteral(" ▾"));
    m_display->setAccessibleName(tr("Display: text size and contrast"));
    m_quickExit->setText(tr("Quick exit"));
    m_quickExit->setAccessibleName(tr("Quick exit: leave this screen at once"));
    m_exitHint->setText(tr("Quick exit with the keyboard: press %1, or Shift three times.",
                           "%1 is the quick-exit key, F12")
                            .arg(QKeySequence(QuickExitKeys::exitKey).toString(QKeySequence::NativeText)));
    m_quickExit->setAccessibleDescription(m_exitHint->text());
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

HandoutBasket *MainWindow::handoutBasket() const
{
    return m_handoutBar ? m_handoutBar->basket() : nullptr;
}

void MainWindow::onSearchTextChanged(const QString &text)
{
    m_marked.clear();
    if (m_history.type(text))
        showLocation(m_history.current());
}

void MainWindow::openFirstResult()
{
    if (m_history.current().page != Location::Page::Results || m_results->model()->rowCount() == 0)
        return;
    m_results->list()->setCurrentIndex(m_results->model()->index(0));
    Q_EMIT m_results->list()->activated(m_results->model()->index(0));
}

bool MainWindow::openId(const QString &id)
{
    if (content().entry(id)) {
        openEntry(id);
        return true;
    }
    if (content().organisation(id)) {
        openOrganisation(id);
        return true;
    }
    return false;
}

void MainWindow::openEntry(const QString &id)
{
    if (content().entry(id))
        navigate({ Location::Page::Entry, id, {} });
}

void MainWindow::openOrganisation(const QString &id)
{
    if (content().organisation(id))
        navigate({ Location::Page::Organisation, id, {} });
}

void MainWindow::openTopic(const QString &id)
{
    if (content().topic(id))
        navigate({ Location::Page::Topic, id, {} });
}

void MainWindow::showHome()
{
    m_history.reset();
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    showLocation(m_history.current());
}

void MainWindow::goBack()
{
    m_history.back();
    const Location &location = m_history.current();
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(location.page == Location::Page::Results ? location.query : QString());
    }
    m_marked.clear();
    showLocation(location);
}

void MainWindow::navigate(const Location &location)
{
    if (!location.showsDocument())
        m_marked.clear();
    // Asked before the page changes: the focus on the page that goes moves on with it.
    const bool openedFromSearch = focusOnSearchOrPage();
    if (!m_history.open(location))
        return;
    showLocation(location);
    // An answer or a card that opens takes the focus from the search field or the result it
    // was opened from: the keys scroll it, a screen reader names it, and an on-screen
    // keyboard that shows for the search field goes, so that it covers nothing of the page.
    // Not from elsewhere (the Display panel, an overlay): the visitor is busy there.
    // (Only here: a page shown again for a new language or look leaves the focus alone.)
    if (!openedFromSearch)
        return;
    if (location.page == Location::Page::Entry)
        m_answer->scrollArea()->setFocus(Qt::OtherFocusReason);
    else if (location.page == Location::Page::Organisation)
        m_organisation->scrollArea()->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::focusOnSearchOrPage() const
{
    const QWidget *focus = QApplication::focusWidget();
    return !focus || focus == m_search || m_stack->isAncestorOf(focus);
}

void MainWindow::showLocation(const Location &location)
{
    m_back->setVisible(location.page != Location::Page::Home);
    // Here, not on textChanged: Back and the reset set the text with signals blocked.
    m_clearSearch->setVisible(!m_search->text().isEmpty());
    const LanguageContent &language = content();
    if (m_handoutBar)
        m_handoutBar->showDocument(language, location.showsDocument() ? location.id : QString());
    switch (location.page) {
    case Location::Page::Home:
        m_stack->setCurrentWidget(m_home);
        break;
    case Location::Page::Results:
        m_results->showHits(m_engines.forLanguage(language.info.code)->search(location.query, 50), location.query);
        m_stack->setCurrentWidget(m_results);
        break;
    case Location::Page::Topic: {
        const Topic *topic = language.topic(location.id);
        m_results->showHits(SearchEngine::topicHits(language, location.id), {}, topic ? topic->title : QString());
        m_stack->setCurrentWidget(m_results);
        break;
    }
    case Location::Page::Entry:
        if (const FaqEntry *entry = language.entry(location.id))
            m_answer->showEntry(*entry, language, m_marked);
        m_stack->setCurrentWidget(m_answer);
        break;
    case Location::Page::Organisation:
        if (const Organisation *organisation = language.organisation(location.id))
            m_organisation->showOrganisation(*organisation, language, m_marked);
        m_stack->setCurrentWidget(m_organisation);
        break;
    }
    // Other hits may need other room above the touch keyboard.
    if (m_keyboard)
        m_keyboard->checkRoom();
}

void MainWindow::setTouchKeyboard(TouchKeyboard *keyboard)
{
    auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    layout->insertWidget(layout->indexOf(m_footer), keyboard);
    m_keyboard = keyboard;
    // While the keyboard shows, the footer's room goes to the results.
    keyboard->hideWhileShown(m_footer);
    // Its search key opens the first result, as Enter does; it says so when the page has
    // less room than one whole first result needs.
    connect(keyboard, &TouchKeyboard::searchRequested, this, &MainWindow::openFirstResult);
    keyboard->watchPageArea(m_stack, [this] { return m_results->leastUsefulHeight(); });
}

void MainWindow::closePopups()
{
    m_displayPanel->dismiss();
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    QToolTip::hideText();
}

void MainWindow::setTitleOverride(const QString &title)
{
    m_titleOverride = title;
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    // The platform window takes each title at once: a title set and then replaced within
    // one event would still show for a moment in a task switcher.
    const QString title = m_titleOverride.isEmpty() ? m_ownTitle : m_titleOverride;
    if (windowTitle() != title)
        setWindowTitle(title);
}

void MainWindow::resetSession()
{
    closePopups();
    // The focus where a fresh start has it, first: left on a page that is cleared below, it
    // would pass through the header's buttons, and a button styled while it has the focus
    // keeps the focus border's size (the home would not look like a fresh one).
    m_search->setFocus();
    m_marked.clear();
    m_history.reset();
    // setText, not clear(): clear() can be undone, and Ctrl+Z would bring the text back. No
    // QSignalBlocker: it would also keep the field's clear button from hiding. On home an
    // empty text changes nothing else.
    m_search->setText(QString());
    m_results->clear();
    m_answer->clear();
    m_organisation->clear();
    m_theme = m_defaults.theme;
    // A language rebuilds the pages' texts: only when the visitor chose another one.
    if (m_language != m_defaults.language)
        setLanguage(m_defaults.language);
    applyTheme();
    for (QScrollArea *area : { m_home->scrollArea(), m_answer->scrollArea(), m_organisation->scrollArea() }) {
        area->verticalScrollBar()->setValue(0);
        area->horizontalScrollBar()->setValue(0);
    }
    m_results->list()->scrollToTop();
    showLocation(m_history.current());
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    m_search->setFocus();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && key->key() == Qt::Key_Down && m_results->list()->isVisible()
            && m_stack->currentWidget() == m_results) {
            m_results->list()->setFocus();
            return true;
        }
        if (watched == m_results->list() && key->key() == Qt::Key_Up
            && m_results->list()->currentIndex().row() <= 0) {
            m_search->setFocus();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // The focus chain follows the order widgets were made in, and pages make theirs anew
    // with every language: quick exit is put first here, not by the chain. (After it come
    // Back and the search field: setTabOrder in the constructor.)
    const QWidget *focus = QApplication::focusWidget();
    if (next && m_quickExit->isVisible() && (!focus || focus == this || !isAncestorOf(focus))) {
        m_quickExit->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QMainWindow::focusNextPrevChild(next);
}

void MainWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::BackButton) {
        goBack();
        return;
    }
    QMainWindow::mousePressEvent(event);
}

} // namespace meldpunt
