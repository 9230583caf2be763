#include "BlockFileParser.h"

#include <QRegularExpression>

namespace meldpunt {

const BlockFileParser::Field *BlockFileParser::Block::field(const QString &name) const
{
    for (const Field &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

BlockFileParser::BlockFileParser(QSet<QString> longFields)
    : m_longFields(std::move(longFields))
{
}

bool BlockFileParser::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return id.size() <= 80 && pattern.match(id).hasMatch();
}

namespace {

/// Gathers the lines of a long field into paragraphs and list items.
class LongTextBuilder
{
public:
    void addLine(const QString &rawLine)
    {
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            m_open = false;
            return;
        }
        if (line.startsWith(u'•')) {
            m_blocks.append({ true, line.mid(1).trimmed() });
            m_open = true;
            return;
        }
        if (m_open && !m_blocks.isEmpty()) {
            m_blocks.last().text += u' ' + line;
            return;
        }
        m_blocks.append({ false, line });
        m_open = true;
    }

    RichText take() { return std::exchange(m_blocks, {}); }

private:
    RichText m_blocks;
    bool m_open = false;
};

} // namespace

BlockFileParser::Result BlockFileParser::parse(const QString &text, const QString &fileName,
                                               Diagnostics &diagnostics) const
{
    static const QRegularExpression fieldPattern(QStringLiteral("^([^:\\[#][^:]*):(.*)$"));

    Result result;
    QString content = text;
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    content.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = content.split(u'\n');

    Field *longField = nullptr;
    LongTextBuilder longText;
    auto finishLongField = [&] {
        if (longField)
            longField->longText = longText.take();
        longField = nullptr;
    };

    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        const QString &line = lines[index];
        const QString trimmed = line.trimmed();

        if (line.startsWith(u'#'))
            continue;
        if (line.contains(QChar(0xFFFD))) {
            diagnostics.append({ fileName, lineNumber,
                                 QStringLiteral("the file is not valid UTF-8 here; save it as UTF-8") });
            continue;
        }

        if (trimmed.startsWith(u'[')) {
            finishLongField();
            if (!trimmed.endsWith(u']')) {
                diagnostics.append({ fileName, lineNumber,
                                     QStringLiteral("a block starts with [id] on a line of its own") });
                continue;
            }
            const QString id = trimmed.mid(1, trimmed.size() - 2).trimmed();
            if (!isValidId(id)) {
                diagnostics.append({ fileName, lineNumber,
                                     QStringLiteral("'%1' is not a valid id: use lower-case letters, "
                                                    "digits and single hyphens")
                                         .arg(id) });
            }
            result.blocks.append({ id, lineNumber, {} });
            continue;
        }

        if (longField) {
            longText.addLine(line);
            continue;
        }
        if (trimmed.isEmpty())
            continue;

        const QRegularExpressionMatch match = fieldPattern.match(trimmed);
        if (!match.hasMatch()) {
            diagnostics.append({ fileName, lineNumber,
                                 QStringLiteral("expected 'name: value' or '[id]', found '%1'")
                                     .arg(trimmed.left(60)) });
            continue;
        }
        Field field { match.captured(1).trimmed(), match.captured(2).trimmed(), {}, lineNumber };
        QList<Field> &target = result.blocks.isEmpty() ? result.header : result.blocks.last().fields;
        target.append(field);
        if (!result.blocks.isEmpty() && m_longFields.contains(field.name)) {
            longField = &target.last();
            if (!field.value.isEmpty())
                longText.addLine(field.value);
            longField->value.clear();
        }
    }
    finishLongField();
    return result;
}

} // namespace meldpunt
