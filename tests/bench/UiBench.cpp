// meldpunt-ui-bench: the moments a visitor feels, timed inside the real window (MainWindow
// and KioskController as the program builds them), from the arrival of the input event to
// the end of the frame that shows its result. Not a test: it asserts nothing.
//
// Input comes as a visitor's does: through the platform, never as a widget's sendEvent
// (the kiosk rightly ignores keys the program makes itself, so Shift x3 sent that way is
// never a quick exit). Offscreen, QTest hands the keys and clicks to the window through
// QWindowSystemInterface; on X11 (tests/bench/ui_bench.py runs it under Xvfb with openbox),
// xdotool sends them to the X server.
//
//   start   the first delivery of the input event (to its QWindow): a key's press, the
//           third Shift's release, the button's release; for the idle reset, the timer
//           event that ran the countdown out
//   end     the end of the first frame that shows the result: the delivery of an
//           UpdateRequest or Expose in which widgets were painted and the backing store
//           flushed, after which the result holds (fresh results, the neutral screen, a
//           wiped home)
//
//   keystroke    the shipped visitors' queries typed letter by letter
//   quick exit   Shift x3, and a tap on the button
//   idle reset   a short idle timeout, run out
//   first frame  process start -> the end of the first frame: the kiosk (Program::run with
//                --kiosk) vs. the smallest Qt Widgets window (meldpunt-bench-label), each
//                in a process of its own, alternately
//
// Usage: meldpunt-ui-bench [--rounds N] [--starts N] [--only MOMENT]
//        (QT_QPA_PLATFORM=offscreen unless set)

#include "ContentPack.h"
#include "FirstFrame.h"
#include "IdleOverlay.h"
#include "KioskController.h"
#include "MainWindow.h"
#include "NeutralScreen.h"
#include "Program.h"

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace meldpunt;
using meldpunt::bench::nowMs;

namespace {

bool g_firstFrameChild = false;

void installFirstFrameReporter()
{
    // Runs as each QCoreApplication is made: in the child that starts the kiosk, the
    // reporter watches the program's own QApplication.
    if (g_firstFrameChild)
        qApp->installEventFilter(new bench::FirstFrameReporter(true));
}
Q_COREAPP_STARTUP_FUNCTION(installFirstFrameReporter)

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

/// One moment being timed: what input starts it, and what the frame that ends it shows.
struct Watch
{
    bool active = false;
    QEvent::Type startType = QEvent::None; ///< a spontaneous input event of this type...
    int startKey = 0;                      ///< ...and, for keys, this key (0: any)
    bool startOnWipingTimer = false;       ///< or: the timer event in which the session was wiped
    double start = 0;
    double handled = 0; ///< when the start event's own delivery returned
    double end = 0;
    std::function<bool()> ready;
};

/// Notes when input arrives and when frames end.
class FrameClock : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        const double arrival = nowMs();
        const QEvent::Type type = event->type();
        // The platform delivers input to the QWindow first; the widgets get it from there.
        bool starts = false;
        if (watch.active && event->spontaneous() && type == watch.startType && receiver->isWindowType()) {
            const bool isKey = type == QEvent::KeyPress || type == QEvent::KeyRelease;
            starts = !isKey || watch.startKey == 0 || static_cast<QKeyEvent *>(event)->key() == watch.startKey;
            if (starts)
                watch.start = arrival;
        }
        const int paintsBefore = paints;
        const int wipesBefore = wipes;
        if (type == QEvent::Paint)
            ++paints;
        const bool result = QApplication::notify(receiver, event);
        if (starts)
            watch.handled = nowMs();
        if (type == QEvent::Timer && watch.active && watch.startOnWipingTimer && wipes != wipesBefore) {
            watch.start = arrival;
            watch.handled = nowMs();
        }
        if ((type == QEvent::UpdateRequest || type == QEvent::Expose) && paints != paintsBefore)
            frameEnded();
        return result;
    }

    void frameEnded()
    {
        lastFrameEnd = nowMs();
        ++frames;
        if (watch.active && watch.start > 0 && (!watch.ready || watch.ready())) {
            watch.end = lastFrameEnd;
            watch.active = false;
        }
    }

    Watch watch;
    double lastFrameEnd = 0;
    int frames = 0;
    int paints = 0;
    int wipes = 0;
};

FrameClock *frameClock()
{
    return static_cast<FrameClock *>(qApp);
}

/// Runs the event loop until `done` holds, at most `ms`; whether it did.
bool runUntil(const std::function<bool()> &done, int ms = 3000)
{
    const double deadline = nowMs() + ms;
    while (!done()) {
        if (nowMs() > deadline)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/// The next frame that ends after now and shows `ready` (or any frame).
bool nextFrame(const std::function<bool()> &ready = {})
{
    const int before = frameClock()->frames;
    return runUntil([&] { return frameClock()->frames > before && (!ready || ready()); });
}

void settle(int ms = 50)
{
    const double until = nowMs() + ms;
    while (nowMs() < until)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

/// Sends input as a visitor does: QTest through the platform's window-system interface, or
/// xdotool to the X server.
class Visitor
{
public:
    explicit Visitor(QWidget &window)
        : m_window(window)
        , m_xdotool(QGuiApplication::platformName() == u"xcb"
                    && !QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
    {
    }

    QString how() const { return m_xdotool ? QStringLiteral("xdotool (XTest)") : QStringLiteral("QTest (QWindowSystemInterface)"); }

    void letter(QChar letter)
    {
        if (m_xdotool) {
            xdotool({ QStringLiteral("key"), letter == u' ' ? QStringLiteral("space") : QString(letter) });
            return;
        }
        QTest::keyClick(window(), char(letter.toLatin1()));
    }

    void shiftThreeTimes()
    {
        if (m_xdotool) {
            xdotool({ QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("40"), QStringLiteral("shift"),
                      QStringLiteral("shift"), QStringLiteral("shift") });
            return;
        }
        for (int i = 0; i < 3; ++i) {
            QTest::keyPress(window(), Qt::Key_Shift);
            QTest::keyRelease(window(), Qt::Key_Shift, Qt::ShiftModifier);
        }
    }

    void tap(QWidget *widget)
    {
        const QPoint centre = widget->rect().center();
        if (m_xdotool) {
            const QPoint global = widget->mapToGlobal(centre);
            xdotool({ QStringLiteral("mousemove"), QString::number(global.x()), QString::number(global.y()),
                      QStringLiteral("click"), QStringLiteral("1") });
            return;
        }
        QTest::mouseClick(window(), Qt::LeftButton, {}, widget->mapTo(&m_window, centre));
    }

    /// Input that counts as a visitor's (it starts the idle timer) and changes nothing.
    void nudge()
    {
        m_nudge = !m_nudge;
        const QPoint point(m_nudge ? 300 : 320, 500);
        if (m_xdotool) {
            const QPoint global = m_window.mapToGlobal(point);
            xdotool({ QStringLiteral("mousemove"), QString::number(global.x()), QString::number(global.y()) });
            return;
        }
        QTest::mouseMove(window(), point);
    }

private:
    QWindow *window() const { return m_window.windowHandle(); }

    static void xdotool(const QStringList &arguments)
    {
        QProcess::startDetached(QStringLiteral("xdotool"), arguments);
    }

    QWidget &m_window;
    bool m_xdotool;
    bool m_nudge = false;
};

/// Times one moment: arms the watch, lets the visitor act, runs until the frame. With
/// `handling`, also how long the start event's own delivery took.
double timeMoment(QEvent::Type startType, int startKey, const std::function<void()> &act,
                  const std::function<bool()> &ready, bool startOnWipingTimer = false, int ms = 3000,
                  double *handling = nullptr)
{
    Watch &watch = frameClock()->watch;
    watch = Watch();
    watch.active = true;
    watch.startType = startType;
    watch.startKey = startKey;
    watch.startOnWipingTimer = startOnWipingTimer;
    watch.ready = ready;
    act();
    runUntil([&watch] { return !watch.active; }, ms);
    const bool done = !watch.active && watch.end > 0;
    const double duration = watch.end - watch.start;
    if (handling)
        *handling = watch.handled > 0 ? watch.handled - watch.start : -1;
    watch = Watch();
    return done ? duration : -1;
}

struct Row
{
    QString moment;
    std::vector<double> times;
    int attempts = 0;
    QString target;
    double limit = 0;    ///< p99 at most this many ms; 0: no target of its own
    QString note;
};

void printTable(const QString &title, const std::vector<Row> &rows)
{
    std::printf("\n%s\n\n", qPrintable(title));
    std::printf("| %-44s | %7s | %7s | %7s | %-24s | %s\n", "moment", "events", "median", "p99", "target", "met");
    std::printf("|----------------------------------------------|---------|---------|---------|--------------------------|-----\n");
    for (const Row &row : rows) {
        const double p99 = percentile(row.times, 0.99);
        QString met;
        if (row.times.empty())
            met = QStringLiteral("not measured: %1").arg(row.note);
        else if (row.limit <= 0)
            met = row.note.isEmpty() ? QStringLiteral("-") : row.note;
        else if (p99 <= row.limit)
            met = row.note.isEmpty() ? QStringLiteral("met") : QStringLiteral("met; ") + row.note;
        else
            met = QStringLiteral("NOT MET: p99 %1 ms > %2 ms%3").arg(p99, 0, 'f', 1).arg(row.limit).arg(row.note.isEmpty() ? QString() : u"; " + row.note);
        const QString events = row.attempts > int(row.times.size())
            ? QStringLiteral("%1/%2").arg(row.times.size()).arg(row.attempts)
            : QString::number(row.times.size());
        std::printf("| %-44s | %7s | %7.2f | %7.2f | %-24s | %s\n", qPrintable(row.moment), qPrintable(events),
                    percentile(row.times, 0.5), p99, qPrintable(row.target), qPrintable(met));
    }
    std::fflush(stdout);
}

/// The Dutch queries of the shipped set that a keyboard types as they are (letters, spaces).
QStringList queries()
{
    QStringList list;
    QFile file(QStringLiteral(MELDPUNT_TEST_DATA) + QStringLiteral("/search-queries.tsv"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QStringList columns = line.split(u'\t');
            if (columns.size() != 3 || columns[0] != u"nl" || line.startsWith(u'#'))
                continue;
            const QString query = columns[1].toLower();
            if (std::all_of(query.begin(), query.end(), [](QChar c) { return (c >= u'a' && c <= u'z') || c == u' '; }))
                list << query;
        }
    }
    return list;
}

/// Start to first frame of one kind of process, and its stages (ms from the start).
struct FirstFrameTimes
{
    std::vector<double> frame;       ///< to the end of the first frame
    std::vector<double> application; ///< to the QApplication
    std::vector<double> paint;       ///< to the first paint
    int attempts = 0;
};

void startOnce(const QString &program, const QStringList &arguments, FirstFrameTimes &times)
{
    ++times.attempts;
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    const double start = nowMs();
    child.start(program, arguments);
    if (!child.waitForFinished(20000)) {
        child.kill();
        child.waitForFinished();
        return;
    }
    double application = -1;
    double paint = -1;
    double frame = -1;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        const double value = parts.size() == 2 ? parts[1].toDouble(&ok) : 0;
        if (!ok)
            continue;
        if (parts[0] == "application")
            application = value;
        else if (parts[0] == "paint")
            paint = value;
        else if (parts[0] == "first-frame")
            frame = value;
    }
    if (application < 0 || paint < 0 || frame < 0)
        return;
    times.frame.push_back(frame - start);
    times.application.push_back(application - start);
    times.paint.push_back(paint - start);
}

QString stages(const FirstFrameTimes &times)
{
    const double application = percentile(times.application, 0.5);
    const double paint = percentile(times.paint, 0.5);
    const double frame = percentile(times.frame, 0.5);
    return QStringLiteral("%1 ms to its QApplication, %2 ms more to the first paint, %3 ms painting")
        .arg(application, 0, 'f', 0)
        .arg(paint - application, 0, 'f', 0)
        .arg(frame - paint, 0, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc > 1 && qstrcmp(argv[1], "--first-frame-kiosk") == 0) {
        // The program itself, as `meldpunt-kiosk --kiosk` starts it.
        g_firstFrameChild = true;
        char kiosk[] = "--kiosk";
        char quit[] = "--quit-after-first-paint";
        char *arguments[] = { argv[0], kiosk, quit, nullptr };
        return Program::run(3, arguments);
    }

    FrameClock application(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(QStringLiteral("--help"))) {
        std::printf("Usage: meldpunt-ui-bench [--rounds N] [--starts N] [--only MOMENT]\n"
                    "  --rounds N     events per moment (default 100)\n"
                    "  --starts N     process starts per kind for the first frame (default 100)\n"
                    "  --only MOMENT  one moment: keystroke, quick-exit, idle or first-frame\n"
                    "Offscreen unless QT_QPA_PLATFORM or DISPLAY is set; tests/bench/ui_bench.py runs it\n"
                    "offscreen and under Xvfb with openbox.\n");
        return 0;
    }
    auto option = [&arguments](const char *name, int fallback) {
        const qsizetype at = arguments.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < arguments.size() ? std::max(1, arguments[at + 1].toInt()) : fallback;
    };
    const int rounds = option("--rounds", 100);
    const int starts = option("--starts", 100);
    const qsizetype onlyAt = arguments.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 && onlyAt + 1 < arguments.size() ? arguments[onlyAt + 1] : QString();
    auto wanted = [&only](const char *moment) { return only.isEmpty() || only == QLatin1String(moment); };

    const ContentLoader::Result content = ContentPack::loadBuiltIn();
    MainWindow::Settings settings;
    settings.language = QStringLiteral("nl");
    settings.kiosk = true;
    MainWindow window(content.library, settings);
    // No idle reset while keys and quick exits are timed; a second controller times it.
    KioskController::Settings kioskSettings;
    kioskSettings.idle.timeout = std::chrono::hours(1);
    auto kiosk = std::make_unique<KioskController>(window, kioskSettings);
    window.showFullScreen();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        std::fprintf(stderr, "meldpunt-ui-bench: the window did not become active\n");
    settle(300);
    Visitor visitor(window);
    QLineEdit *search = window.searchField();
    std::vector<Row> rows;
    const QString platform = QGuiApplication::platformName();

    // (a) A keystroke: each letter of the visitors' queries, typed into the search field.
    if (wanted("keystroke")) {
        Row row { QStringLiteral("keystroke -> fresh results painted"), {}, 0,
                  QStringLiteral("p99 <= 16 ms (a frame)"), 16, {} };
        const QStringList list = queries();
        std::vector<double> handlings; // the key's own delivery: the search and the result list
        std::vector<double> firsts;    // the first letter: home gives way to the results page
        for (int pass = 0; int(row.times.size()) < rounds && pass < 10 && !list.isEmpty(); ++pass) {
            for (const QString &query : list) {
                window.showHome();
                search->setText(QString());
                search->setFocus();
                nextFrame();
                QString typed;
                for (const QChar letter : query) {
                    typed += letter;
                    ++row.attempts;
                    const int key = letter == u' ' ? Qt::Key_Space : Qt::Key_A + (letter.unicode() - u'a');
                    double handling = -1;
                    const double time = timeMoment(QEvent::KeyPress, key, [&] { visitor.letter(letter); },
                                                   [&] { return search->text() == typed; }, false, 3000, &handling);
                    if (time >= 0)
                        row.times.push_back(time);
                    if (time >= 0 && typed.size() == 1)
                        firsts.push_back(time);
                    if (time >= 0 && handling >= 0 && handling <= time)
                        handlings.push_back(handling);
                    else
                        search->setText(typed); // lost: go on from where the text should be
                }
                if (int(row.times.size()) >= rounds)
                    break;
            }
        }
        if (!handlings.empty())
            row.note = QStringLiteral("of which the key's own handling (search, result list): median %1, p99 %2 ms; the rest is "
                                      "layout and paint")
                           .arg(percentile(handlings, 0.5), 0, 'f', 2)
                           .arg(percentile(handlings, 0.99), 0, 'f', 2);
        if (!firsts.empty())
            row.note += QStringLiteral("; a query's first letter (home gives way to the results): median %1, p99 %2 ms")
                            .arg(percentile(firsts, 0.5), 0, 'f', 2)
                            .arg(percentile(firsts, 0.99), 0, 'f', 2);
        rows.push_back(row);
    }

    // (b) Quick exit, by three lone Shift presses and by a tap on the button; a tap on the
    // neutral screen brings a fresh home again.
    if (wanted("quick-exit")) {
        NeutralScreen *neutral = kiosk->neutralScreen();
        Row shifts { QStringLiteral("quick exit (Shift x3) -> neutral painted"), {}, 0,
                     QStringLiteral("p99 <= 16 ms (a frame)"), 16, {} };
        Row taps { QStringLiteral("quick exit (Snel weg tap) -> neutral painted"), {}, 0,
                   QStringLiteral("p99 <= 16 ms (a frame)"), 16, {} };
        auto dismiss = [&] {
            if (!neutral->isVisible())
                return;
            visitor.tap(neutral);
            if (!runUntil([&] { return !neutral->isVisible(); }))
                kiosk->wipe();
            nextFrame();
        };
        // How long the input's own delivery went on after the frame ended (the wipe under the
        // painted neutral screen), or, when negative, how long the frame came after it.
        std::vector<double> shiftHandlings;
        std::vector<double> tapHandlings;
        for (int i = 0; i < rounds; ++i) {
            for (Row *row : { &shifts, &taps }) {
                search->setText(QStringLiteral("anoniem melden"));
                nextFrame();
                settle(20);
                ++row->attempts;
                double handling = -1;
                const double time = row == &shifts
                    ? timeMoment(QEvent::KeyRelease, Qt::Key_Shift, [&] { visitor.shiftThreeTimes(); },
                                 [&] { return neutral->isVisible(); }, false, 3000, &handling)
                    : timeMoment(QEvent::MouseButtonRelease, 0, [&] { visitor.tap(window.quickExitButton()); },
                                 [&] { return neutral->isVisible(); }, false, 3000, &handling);
                if (time >= 0)
                    row->times.push_back(time);
                if (time >= 0 && handling >= 0)
                    (row == &shifts ? shiftHandlings : tapHandlings).push_back(handling - time);
                dismiss();
            }
        }
        for (auto [row, handlings] : { std::pair { &shifts, &shiftHandlings }, std::pair { &taps, &tapHandlings } }) {
            if (handlings->empty())
                continue;
            const auto inside = std::count_if(handlings->begin(), handlings->end(), [](double after) { return after >= 0; });
            row->note = QStringLiteral("the frame ended inside the input's own handling in %1 of %2 (painted before "
                                       "the wipe, which then took a median %3 ms more)")
                            .arg(inside)
                            .arg(handlings->size())
                            .arg(percentile(*handlings, 0.5), 0, 'f', 2);
        }
        if (shifts.attempts > int(shifts.times.size()))
            shifts.note += QStringLiteral("; %1 of %2 Shift x3 brought no neutral screen")
                               .arg(shifts.attempts - int(shifts.times.size()))
                               .arg(shifts.attempts);
        rows.push_back(shifts);
        rows.push_back(taps);
    }

    // (c) The idle reset: a short timeout and countdown, run out after a visitor's input.
    if (wanted("idle")) {
        kiosk.reset();
        kioskSettings.idle.timeout = std::chrono::milliseconds(30);
        kioskSettings.idle.countdownSeconds = 1;
        kioskSettings.idle.countdownStep = std::chrono::milliseconds(10);
        kiosk = std::make_unique<KioskController>(window, kioskSettings);
        QObject::connect(kiosk.get(), &KioskController::sessionWiped, qApp, [] { ++frameClock()->wipes; });
        Row idles { QStringLiteral("idle timeout -> wiped home painted"), {}, 0,
                    QStringLiteral("none set (issue 13)"), 0, {} };
        std::vector<double> wipes;
        for (int i = 0; i < rounds; ++i) {
            search->setText(QStringLiteral("anoniem melden"));
            nextFrame();
            ++idles.attempts;
            double wipe = -1;
            const double time = timeMoment(QEvent::None, 0, [&] { visitor.nudge(); },
                                           [&] {
                                               return search->text().isEmpty() && !kiosk->idleOverlay()->isVisible()
                                                   && window.currentPage()->objectName() == u"homePage";
                                           },
                                           true, 3000, &wipe);
            if (time >= 0)
                idles.times.push_back(time);
            if (time >= 0 && wipe >= 0)
                wipes.push_back(wipe);
        }
        idles.note = QStringLiteral("p99 %1 frames of 16.7 ms; of which the wipe itself (language, look and pages back "
                                    "to their defaults): median %2 ms")
                         .arg(percentile(idles.times, 0.99) / 16.7, 0, 'f', 1)
                         .arg(percentile(wipes, 0.5), 0, 'f', 1);
        rows.push_back(idles);
    }

    // (d) Start to first frame, each in a process of its own, the two kinds taking turns.
    if (wanted("first-frame")) {
        const QString label = QCoreApplication::applicationDirPath() + QStringLiteral("/meldpunt-bench-label");
        FirstFrameTimes minimalTimes;
        FirstFrameTimes fullTimes;
        for (int i = 0; i < starts; ++i) {
            startOnce(label, {}, minimalTimes);
            startOnce(QCoreApplication::applicationFilePath(), { QStringLiteral("--first-frame-kiosk") }, fullTimes);
        }
        Row minimal { QStringLiteral("start -> first frame, QLabel window"), minimalTimes.frame, minimalTimes.attempts,
                      QStringLiteral("the yardstick"), 0, {} };
        Row full { QStringLiteral("start -> first frame, kiosk (--kiosk)"), fullTimes.frame, fullTimes.attempts,
                   QStringLiteral("median <= 2x the QLabel's"), 0, {} };
        const bool both = !minimal.times.empty() && !full.times.empty();
        const double ratio = both ? percentile(full.times, 0.5) / percentile(minimal.times, 0.5) : 0;
        const double ratio99 = both ? percentile(full.times, 0.99) / percentile(minimal.times, 0.99) : 0;
        if (!minimal.times.empty())
            minimal.note = stages(minimalTimes);
        if (full.times.empty())
            full.note = QStringLiteral("no kiosk process reported a frame");
        else
            full.note = QStringLiteral("%1: median %2x, p99 %3x the QLabel's; %4")
                            .arg(ratio <= 2.0 ? QStringLiteral("met") : QStringLiteral("NOT MET"))
                            .arg(ratio, 0, 'f', 2)
                            .arg(ratio99, 0, 'f', 2)
                            .arg(stages(fullTimes));
        rows.push_back(minimal);
        rows.push_back(full);
    }

    printTable(QStringLiteral("Moments a visitor feels, platform %1, input by %2 (ms from the input event to the end of\n"
                              "the frame that shows its result)")
                   .arg(platform, visitor.how()),
               rows);
    return 0;
}
