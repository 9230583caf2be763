#include "TextFolding.h"

namespace meldpunt {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

} // namespace

QString TextFolding::fold(const QString &text)
{
    // Most words are plain ASCII: lower-casing is all they need, and it is much cheaper than
    // normalising (the index folds every word of the content).
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80 || c == u'\'') {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();

    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || isApostrophe(c))
            continue;
        switch (c.unicode()) {
        case 0x00E6: // æ
        case 0x00C6:
            folded += u"ae";
            continue;
        case 0x0153: // œ
        case 0x0152:
            folded += u"oe";
            continue;
        case 0x00F8: // ø
        case 0x00D8:
            folded += u'o';
            continue;
        case 0x00DF: // ß (toCaseFolded() keeps it)
        case 0x1E9E:
            folded += u"ss";
            continue;
        case 0x0142: // ł, đ, ħ, ı: letters with a stroke do not decompose
        case 0x0141:
            folded += u'l';
            continue;
        case 0x0111:
        case 0x0110:
            folded += u'd';
            continue;
        case 0x0127:
        case 0x0126:
            folded += u'h';
            continue;
        case 0x0131:
            folded += u'i';
            continue;
        default:
            break;
        }
        folded += c;
    }
    return folded.toCaseFolded();
}

QList<TextFolding::Word> TextFolding::words(const QString &text)
{
    QList<Word> result;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size) {
            if (isWordChar(text[i])) {
                ++i;
            } else if (text[i].isHighSurrogate() && i + 1 < size
                       && QChar::isLetterOrNumber(QChar::surrogateToUcs4(text[i], text[i + 1]))) {
                i += 2;
            } else if (isApostrophe(text[i]) && i + 1 < size && isWordChar(text[i + 1])) {
                ++i;
            } else {
                break;
            }
        }
        const QString folded = fold(text.mid(start, i - start));
        if (!folded.isEmpty())
            result.append({ start, i - start, folded });
    }
    return result;
}

QStringList TextFolding::tokens(const QString &text)
{
    QStringList result;
    for (const Word &word : words(text))
        result << word.folded;
    return result;
}

} // namespace meldpunt
