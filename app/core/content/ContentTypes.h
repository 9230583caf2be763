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

/// The lengths excerpt() cuts to, in characters, in one place.
struct ExcerptLength
{
    static constexpr qsizetype snippet = 160; ///< a search hit's text in the result list
    static constexpr qsizetype card = 110;    ///< what an organisation helps with, on its home-page card
};

struct ContactPoint
{
    enum class Kind { Phone, WhatsApp, Chat, Email, Website };

    Kind kind = Kind::Phone;
    QString value; ///< "0800-0188", "helpwanted.nl"
    QString note;  ///< "gratis, dag en nacht"
    bool confirmed = true;     ///< false: the content owner has not confirmed the value (`unconfirmed:`)
    bool noteConfirmed = true; ///< false: nor the note; the value may be confirmed

    /// What a phone's camera should open when it scans the QR code. A WhatsApp number takes
    /// messages, not calls: it opens a chat. Dutch numbers get the country code 31.
    ///
    ///     phone 0800-0188           => "tel:08000188"
    ///     whatsapp 06-428 346 35    => "https://wa.me/31642834635"
    ///     whatsapp +44 7700 900123  => "https://wa.me/447700900123"
    ///     website helpwanted.nl     => "https://helpwanted.nl"
    QString qrPayload() const;
};

/// A note this project adds where the source is wrong or conflicts with another source. It
/// is shown to visitors, marked as this app's, with where it comes from and when that was
/// checked (`editor-note:`, `editor-note-source:`, `editor-note-date:`).
struct EditorNote
{
    QString text;
    QString source; ///< "om.nl; strafrechtketen.nl"
    QString date;   ///< "2026-12-02", "2026-12" or "2026"

    bool isEmpty() const { return text.isEmpty(); }
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
    EditorNote editorNote;
    QStringList omitted; ///< source text left out of the answer (`omitted:`), for the review sheet
    QString reviewNote;  ///< `note:`, for the content owner; never shown to visitors
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
    EditorNote editorNote;
    QString reviewNote; ///< `note:`, for the content owner; never shown to visitors
    QString sourceFingerprint;
    int line = 0;

    /// Name, what they help with and every contact line, as plain text for search and hits.
    QString plainText() const;

    /// The contact a card shows: the first confirmed phone number, else the first confirmed
    /// WhatsApp number, website or chat; empty when there is none. Never an unconfirmed fact:
    /// the home page's cards and the no-results help show it in every mode.
    QString primaryContact() const;

    /// Whether a contact or a contact's note still waits for the content owner's confirmation.
    bool hasUnconfirmedFacts() const;
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
    QString editedOn;      ///< when this language's own sentences were last edited
    QString approvedBy;    ///< who approved this language's content for release; empty: nobody yet
    QString approvedOn;
    QStringList generalHelp; ///< `general-help:` card ids offered when a search finds nothing, best first
    int generalHelpLine = 0;
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
    /// The cards offered when a search finds nothing: the first `count` of `general-help:`
    /// that have a confirmed contact to show (a card without one helps nobody there).
    ///
    ///     general-help: politie, helpwanted, stop-it-now; HelpWanted's number unconfirmed
    ///         => generalHelp(2) == { politie, stop-it-now }
    QList<const Organisation *> generalHelp(int count) const;

    /// What a visitor may see: the same content without the facts the content owner has not
    /// confirmed (a contact, or only its note), and no card marked as waiting for review.
    /// Kiosk mode, handouts and the no-results help show only this.
    ///
    ///     card with "phone: 0900-9999 001" + "unconfirmed: 0900-9999 001" => card without that phone
    ///     card with "phone: 0800-7000 (gratis)" + "unconfirmed: gratis"     => phone 0800-7000, no note
    LanguageContent confirmedOnly() const;
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

    /// Every language as LanguageContent::confirmedOnly() gives it.
    ContentLibrary confirmedOnly() const;

private:
    QList<LanguageContent> m_languages;
};

} // namespace meldpunt
