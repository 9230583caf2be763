#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace meldpunt {

/// The command line contract of DESIGN.md, parsed without a QCoreApplication so that the
/// program can refuse bad arguments before Qt loads anything.
///
///     ["--search", "anoniem", "--limit", "3"] => mode Search, query "anoniem", limit 3
///     ["--kiosk", "--lang", "en"]             => mode Window, kiosk, language "en"
///     ["--review-sheet", "--output", "r.html"] => mode ReviewSheet, outputFile "r.html"
///     ["--limit", "x"]                        => error "--limit needs a whole number ..."
///     ["--sign-pack", "p.rcc", "--key", "k"]  => mode SignPack, packToSign "p.rcc", keyFile "k"
///     ["-platform", "offscreen"]              => qtArguments ["-platform", "offscreen"]
struct Options
{
    enum class Mode { Window, Search, List, CheckContent, Handout, ReviewSheet, HashPin, MakeSigningKey, SignPack, Version,
                      Help };

    Mode mode = Mode::Window;
    bool kiosk = false;
    QString language;
    std::optional<int> idleTimeoutSeconds;
    QString configFile;
    QString contentPack;
    QString query;
    int limit = 10;
    QString checkPath;
    QString openId;
    QStringList handoutIds;
    QString outputFile;
    QString newKeyFile;  ///< --make-signing-key FILE
    QString packToSign;  ///< --sign-pack PACK
    QString keyFile;     ///< --key SECRETFILE, with --sign-pack
    bool quitAfterFirstPaint = false;
    QStringList qtArguments; ///< Qt's own options, passed on to QApplication
};

class CommandLine
{
public:
    struct Result
    {
        Options options;
        QString error; ///< empty when the arguments are fine
    };

    /// arguments: without the program name.
    static Result parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace meldpunt
