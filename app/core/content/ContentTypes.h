#pragma once

#include <QDate>
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

/// Why a contact fact may be shown: the FAQ source states it, or a page of the organisation's
/// own site or of a government site does, read on a given day. Without either it is not
/// verified, and only a workstation shows it, marked.
///
///     verified: FAQ                                  => Faq
///     verified: 2026-12-07 politie.nl/themas/x.html  => Verified, 2026-12-07, "politie.nl/themas/x.html"
///     unverified: only a 2013 page                   => None, why "only a 2013 page"
struct Evidence
{
    enum class Kind { None, Faq, Verified };

    Kind kind = Kind::None;
    QDate checked; ///< Verified: the day the page was read
    QString page;  ///< Verified: the page's address, without "https://"
    QString why;   ///< None: why it is not verified, for the review sheet
    int line = 0;  ///< the evidence line in its file

    bool shown() const { return kind != Kind::None; }
    /// The page's site, as a visitor recognises it: "www.politie.nl/themas/x.html" => "politie.nl".
    QString site() const;
    /// The same evidence: kind, day and page (a translation repeats its source's).
    bool sameAs(const Evidence &other) const
    {
        return kind == other.kind && checked == other.checked && page == other.page;
    }
};

struct ContactPoint
{
    enum class Kind { Phone, WhatsApp, Chat, Email, Website };

    Kind kind = Kind::Phone;
    QString value; ///< "0800-0188", "helpwanted.nl"
    QString note;  ///< "gratis, dag en nacht"
    Evidence evidence;     ///< for the value (and the note, unless it has its own)
    Evidence noteEvidence; ///< for the note: `note-verified:`, else the value's

    bool shown() const { return evidence.shown(); }
    bool noteShown() const { return note.isEmpty() || noteEvidence.shown(); }

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
    QString instead; ///< `instead:` the card to go to when this one has no verified contact
    RichText about;
    EditorNote editorNote;
    QString reviewNote; ///< `note:`, for the content owner; never shown to visitors
    QString sourceFingerprint;
    int line = 0;

    /// Name, what they help with and every contact line, as plain text for search and hits.
    QString plainText() const;

    /// The contact a card shows: the first verified phone number, else the first verified
    /// WhatsApp number, website or chat; empty when there is none. Never an unverified fact:
    /// the home page's cards and the no-results help show it in every mode.
    QString primaryContact() const;

    /// Whether a contact or a contact's note has no evidence (only a workstation shows it).
    bool hasUnverifiedFacts() const;

    /// Whether what they help with says again what the source says of them (`about:`): most of
    /// its words are there. The card then shows the source's words only, not both.
    ///
    ///     helps-with "Juridische en praktische hulp aan slachtoffers."
    ///     about      "Slachtofferhulp geeft juridische en praktische hulp aan slachtoffers." => true
    ///     helps-with "Advies na online misbruik." about "Bel onze collega's."               => false
    bool helpsWithRepeatsAbout() const;
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
    /// that have a verified contact to show (a card without one helps nobody there).
    ///
    ///     general-help: politie, helpwanted, stop-it-now; HelpWanted's number unverified
    ///         => generalHelp(2) == { politie, stop-it-now }
    QList<const Organisation *> generalHelp(int count) const;

    /// What a visitor may see: the same content without the facts that have no evidence (a
    /// contact, or only its note). Kiosk mode, handouts and the no-results help show only this.
    ///
    ///     "phone: 0900-9999 001" + "unverified: old page"          => card without that phone
    ///     "phone: 0800-7000 (gratis)" + "verified: FAQ" + "note-verified: ..." => both shown
    ///     "phone: 0800-0188 (gratis)" + "verified: <page>" + "note-unverified: ..." => no note
    LanguageContent verifiedOnly() const;
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

    /// Every language as LanguageContent::verifiedOnly() gives it.
    ContentLibrary verifiedOnly() const;

private:
    QList<LanguageContent> m_languages;
};

} // namespace meldpunt
