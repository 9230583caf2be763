// meldpunt-ui-bench: the moments a visitor feels, timed inside the real window (MainWindow and
// KioskController as the program builds them, offscreen), from the input event to the end of
// the frame that shows its result. Not a test: it asserts nothing. A frame ends when the
// window's UpdateRequest (paint and flush of the backing store) has been handled.
//
//   keystroke    a key sent to the search field -> the frame with the fresh results
//   quick exit   the third lone Shift, or a click on the button -> the neutral screen's frame
//   idle reset   the countdown's last timer event -> the frame of the wiped home
//   first frame  process start -> the first frame's end, the window vs. the smallest Qt
//                Widgets window (a QLabel), each in a process of its own
//
// Usage: meldpunt-ui-bench [--rounds N]   (QT_QPA_PLATFORM=offscreen unless set)

#include "ContentPack.h"
#include "KioskController.h"
#include "MainWindow.h"
#include "NeutralScreen.h"
#include "QuickExitDetector.h"

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace meldpunt;

namespace {

double nowMs()
{
    timespec time {};
    clock_gettime(CLOCK_MONOTONIC, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

/// Notes when each frame of a window ends, and the last timer event.
class FrameClock : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (event->type() == QEvent::Timer && qobject_cast<QTimer *>(receiver))
            lastTimer = nowMs();
        const bool result = QApplication::notify(receiver, event);
        if (event->type() == QEvent::UpdateRequest && receiver->isWidgetType()
            && static_cast<QWidget *>(receiver)->isWindow()) {
            lastFrameEnd = nowMs();
            ++frames;
            if (onFrame)
                onFrame();
        }
        return result;
    }

    double lastFrameEnd = 0;
    double lastTimer = 0;
    int frames = 0;
    std::function<void()> onFrame;
};

FrameClock *clock_()
{
    return static_cast<FrameClock *>(qApp);
}

/// Runs the event loop until a frame ends after `since` in which `ready` holds; its end,
/// or -1 after a second.
double frameAfter(double since, const std::function<bool()> &ready = {})
{
    const double deadline = nowMs() + 1000;
    while (nowMs() < deadline) {
        const int before = clock_()->frames;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (clock_()->frames != before && clock_()->lastFrameEnd > since && (!ready || ready()))
            return clock_()->lastFrameEnd;
    }
    return -1;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

void sendKey(QWidget *target, QEvent::Type type, int key, const QString &text = {},
             Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent event(type, key, modifiers, text);
    QApplication::sendEvent(target, &event);
}

void click(QWidget *button)
{
    const QPointF centre(button->width() / 2.0, button->height() / 2.0);
    const QPointF global = button->mapToGlobal(centre);
    QMouseEvent press(QEvent::MouseButtonPress, centre, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(button, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, centre, global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(button, &release);
}

void printRow(const char *what, const std::vector<double> &times, const char *target)
{
    std::printf("| %-40s | %6zu | %8.2f | %8.2f | %-28s |\n", what, times.size(), percentile(times, 0.5),
                percentile(times, 0.99), target);
    std::fflush(stdout);
}

QStringList queries()
{
    QStringList list;
    QFile file(QStringLiteral(MELDPUNT_TEST_DATA) + QStringLiteral("/search-queries.tsv"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QStringList columns = line.split(u'\t');
            if (columns.size() == 3 && columns[0] == u"nl" && !line.startsWith(u'#'))
                list << columns[1];
        }
    }
    return list;
}

MainWindow::Settings windowSettings()
{
    MainWindow::Settings settings;
    settings.language = QStringLiteral("nl");
    settings.kiosk = true;
    return settings;
}

/// A child process: the window (or the smallest one) up to its first frame; prints when
/// that frame ended (CLOCK_MONOTONIC, ms).
int firstFrameChild(int argc, char **argv, bool minimal)
{
    FrameClock application(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    std::unique_ptr<QWidget> widget;
    std::unique_ptr<KioskController> kiosk;
    ContentLoader::Result content;
    if (minimal) {
        widget = std::make_unique<QLabel>(QStringLiteral("Meldpunt"));
    } else {
        content = ContentPack::loadBuiltIn();
        auto window = std::make_unique<MainWindow>(content.library, windowSettings());
        kiosk = std::make_unique<KioskController>(*window, KioskController::Settings {});
        widget = std::move(window);
    }
    application.onFrame = [] {
        std::printf("%.3f\n", clock_()->lastFrameEnd);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    };
    widget->show();
    return application.exec();
}

std::vector<double> firstFrames(const QString &mode, int rounds)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QProcess child;
        const double start = nowMs();
        child.start(QCoreApplication::applicationFilePath(), { mode });
        if (!child.waitForFinished(10000))
            continue;
        bool ok = false;
        const double frame = QString::fromLatin1(child.readAllStandardOutput()).trimmed().toDouble(&ok);
        if (ok)
            times.push_back(frame - start);
    }
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--first-frame-window") == 0 || qstrcmp(argv[i], "--first-frame-minimal") == 0)
            return firstFrameChild(argc, argv, qstrcmp(argv[i], "--first-frame-minimal") == 0);
    }
    FrameClock application(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    int rounds = 100;
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(QStringLiteral("--help"))) {
        std::printf("Usage: meldpunt-ui-bench [--rounds N]\n");
        return 0;
    }
    const qsizetype roundsArgument = arguments.indexOf(QStringLiteral("--rounds"));
    if (roundsArgument > 0 && roundsArgument + 1 < arguments.size())
        rounds = std::max(1, arguments[roundsArgument + 1].toInt());

    const ContentLoader::Result content = ContentPack::loadBuiltIn();
    MainWindow window(content.library, windowSettings());
    // No idle reset while keys and quick exits are timed; a second controller times it.
    KioskController::Settings kioskSettings;
    kioskSettings.idle.timeout = std::chrono::hours(1);
    auto kiosk = std::make_unique<KioskController>(window, kioskSettings);
    window.resize(1280, 800);
    window.show();
    frameAfter(0);
    settle();

    std::printf("Moments a visitor feels (platform %s, in ms from the input event to the end of the\n"
                "frame that shows its result):\n\n",
                qPrintable(QGuiApplication::platformName()));
    std::printf("| %-40s | %6s | %8s | %8s | %-28s |\n", "moment", "events", "median", "p99", "target");
    std::printf("|------------------------------------------|--------|----------|----------|------------------------------|\n");

    // A keystroke: each letter of the visitors' queries typed into the search field. The
    // idle timer is long enough not to interfere: each key restarts it.
    QLineEdit *search = window.searchField();
    std::vector<double> keys;
    for (const QString &query : queries()) {
        window.showHome();
        search->clear();
        frameAfter(nowMs());
        for (const QChar letter : query) {
            const double start = nowMs();
            sendKey(search, QEvent::KeyPress, letter.isLetter() ? Qt::Key_A + (letter.toUpper().unicode() - u'A') : Qt::Key_Space,
                    QString(letter));
            sendKey(search, QEvent::KeyRelease, letter.isLetter() ? Qt::Key_A + (letter.toUpper().unicode() - u'A') : Qt::Key_Space,
                    QString(letter));
            const double end = frameAfter(start);
            if (end > 0)
                keys.push_back(end - start);
        }
        if (int(keys.size()) >= rounds * 3)
            break;
    }
    printRow("keystroke -> fresh results painted", keys, "<= 16 ms p99 (one frame)");

    // Quick exit, by three lone Shift presses and by the button.
    NeutralScreen *neutral = kiosk->neutralScreen();
    std::vector<double> shifts;
    std::vector<double> buttons;
    for (int i = 0; i < rounds; ++i) {
        search->setText(QStringLiteral("anoniem"));
        frameAfter(nowMs());
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        double start = 0;
        for (int press = 0; press < QuickExitDetector::presses; ++press) {
            sendKey(focus, QEvent::KeyPress, Qt::Key_Shift, {}, Qt::ShiftModifier);
            if (press == QuickExitDetector::presses - 1)
                start = nowMs();
            sendKey(focus, QEvent::KeyRelease, Qt::Key_Shift);
        }
        double end = frameAfter(start, [neutral] { return neutral->isVisible(); });
        if (end > 0)
            shifts.push_back(end - start);
        kiosk->wipe();
        frameAfter(nowMs());

        search->setText(QStringLiteral("anoniem"));
        frameAfter(nowMs());
        start = nowMs();
        click(window.quickExitButton());
        end = frameAfter(start, [neutral] { return neutral->isVisible(); });
        if (end > 0)
            buttons.push_back(end - start);
        kiosk->wipe();
        frameAfter(nowMs());
    }
    printRow("quick exit (Shift x3) -> neutral painted", shifts, "<= 16 ms p99");
    printRow("quick exit (button) -> neutral painted", buttons, "<= 16 ms p99");

    // The idle reset: the countdown's last tick wipes the session.
    kiosk.reset();
    kioskSettings.idle.timeout = std::chrono::milliseconds(20);
    kioskSettings.idle.countdownSeconds = 1;
    kioskSettings.idle.countdownStep = std::chrono::milliseconds(1);
    kiosk = std::make_unique<KioskController>(window, kioskSettings);
    std::vector<double> idles;
    double wipedAt = 0;
    QObject::connect(kiosk.get(), &KioskController::sessionWiped, [&wipedAt] { wipedAt = nowMs(); });
    for (int i = 0; i < rounds; ++i) {
        search->setText(QStringLiteral("anoniem melden"));
        frameAfter(nowMs());
        wipedAt = 0;
        const double deadline = nowMs() + 2000;
        while (wipedAt == 0 && nowMs() < deadline)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (wipedAt == 0)
            continue;
        const double start = clock_()->lastTimer; // the timer event that ran the countdown out
        const double end = frameAfter(wipedAt, [search] { return search->text().isEmpty(); });
        if (end > 0)
            idles.push_back(end - start);
    }
    printRow("idle timeout -> wiped home painted", idles, "a frame or two");

    const std::vector<double> minimal = firstFrames(QStringLiteral("--first-frame-minimal"), std::min(rounds, 50));
    const std::vector<double> full = firstFrames(QStringLiteral("--first-frame-window"), std::min(rounds, 50));
    printRow("start -> first frame, smallest window", minimal, "the yardstick");
    printRow("start -> first frame, kiosk window", full, "<= 2x the smallest window");
    const double ratio = percentile(minimal, 0.5) > 0 ? percentile(full, 0.5) / percentile(minimal, 0.5) : 0;
    std::printf("\nFirst frame: the window takes %.2fx the smallest window's time (median).\n", ratio);
    return 0;
}
