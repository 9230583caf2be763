#pragma once

#include "ContentTypes.h"
#include "Diagnostic.h"

#include <QList>
#include <QSet>
#include <QString>

namespace meldpunt {

/// The syntax shared by every content file (see resources/content/README.md):
///
///     # a comment
///     name: value            <- a header field, before the first block
///     [some-id]              <- a block
///     question: Wat is ...?  <- a field of that block
///     answer:                <- a long field: every line up to the next [id] is its text
///     First paragraph,
///     wrapped.
///
///     • a list item
///
/// The parser knows no field names; the loader gives meaning to them.
class BlockFileParser
{
public:
    struct Field
    {
        QString name;
        QString value;
        RichText longText; ///< only for long fields
        int line = 0;
    };

    struct Block
    {
        QString id;
        int line = 0;
        QList<Field> fields;

        const Field *field(const QString &name) const;
    };

    struct Result
    {
        QList<Field> header;
        QList<Block> blocks;
    };

    /// longFields: the names whose text runs to the next block ("answer", "about").
    explicit BlockFileParser(QSet<QString> longFields);

    Result parse(const QString &text, const QString &fileName, Diagnostics &diagnostics) const;

    static bool isValidId(const QString &id);

private:
    QSet<QString> m_longFields;
};

} // namespace meldpunt
