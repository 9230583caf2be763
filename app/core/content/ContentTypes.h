#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

namespace meldpunt {

/// One paragraph of a long text, or one item of a bulleted list.
struct TextBlock
{
    bool bullet = false;
    QString text;

    bool operator==(const TextBlock &other) const
    {
        return bullet == other.bullet && text == other.text;
    }
};

using RichText = QList<TextBlock>;

/// The plain text of blocks: paragraphs apart by a blank line, list items on their own line.
QString plainText(const RichText &blocks);

/// At most about `length` characters of text, cut at a word and marked with "…".
QString excerpt(const QString &text, qsizetype length);

struct ContactPoint
{
    enum class Kind { Phone, WhatsApp, Chat, Email, Website };

    Kind kind = Kind::Phone;
    QString value; ///< "0800-0188", "helpwanted.nl"
    QString note;  ///< "gratis, dag en nacht"

    /// What a phone's camera should open when it scans the QR code ("tel:08000188").
    QString qrPayload() const;
};

struct Topic
{
    QString id;
    QString title;
    QString description;
    int line = 0;
};

struct FaqEntry
{
    QString id;
    QString topicId;
    QString question;
    RichText answer;
    QStringList terms;
    QStringList related; ///< organisation ids
    QString sourceFingerprint;
    int line = 0;
};

struct Organisation
{
    QString id;
    QString name;
    QString partOf;
    QString helpsWith;
    QList<ContactPoint> contacts;
    QString hours;
    QStringList terms;
    QString source;
    QString checked;
    bool needsReview = false;
    RichText about;
    QString sourceFingerprint;
    int line = 0;

    /// Name, what they help with and every contact line, as plain text for search and hits.
    QString plainText() const;

    /// The contact a card shows: the first phone number, else the first WhatsApp number,
    /// website or chat; empty when there is none.
    QString primaryContact() const;
};

struct LanguageInfo
{
    QString code;
    QString name; ///< in the language itself
    QString folder; ///< where its files are: ":/content/nl", "/srv/pack/fy"
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString translatedFrom;
    int order = 0;
    QStringList stopwords; ///< folded; left out of a query that has other words
};

/// Everything shown in one language.
struct LanguageContent
{
    LanguageInfo info;
    QList<Topic> topics;
    QList<FaqEntry> faq;
    QList<Organisation> organisations;
    QHash<QString, QStringList> synonyms; ///< folded word -> folded words it also means

    const FaqEntry *entry(const QString &id) const;
    const Organisation *organisation(const QString &id) const;
    const Topic *topic(const QString &id) const;
    /// The entries of a topic, in content order.
    QList<const FaqEntry *> entriesInTopic(const QString &topicId) const;
};

/// All languages of one content set, ordered as the language choice shows them.
class ContentLibrary
{
public:
    void addLanguage(LanguageContent content);

    const QList<LanguageContent> &languages() const { return m_languages; }
    QStringList languageCodes() const;
    const LanguageContent *language(const QString &code) const;
    bool isEmpty() const { return m_languages.isEmpty(); }

private:
    QList<LanguageContent> m_languages;
};

} // namespace meldpunt
