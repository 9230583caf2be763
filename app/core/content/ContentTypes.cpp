#include "ContentTypes.h"

#include "TextFolding.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace meldpunt {

QString plainText(const RichText &blocks)
{
    QString text;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (i > 0)
            text += blocks[i].bullet && blocks[i - 1].bullet ? u"\n" : u"\n\n";
        if (blocks[i].bullet)
            text += u"• ";
        text += blocks[i].text;
    }
    return text;
}

QString excerpt(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    const qsizetype space = text.lastIndexOf(u' ', length);
    return text.left(space > 0 ? space : length) + u'…';
}

QString ContactPoint::qrPayload() const
{
    QString digits;
    for (QChar c : value) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits += c;
    }
    switch (kind) {
    case Kind::Phone:
        return u"tel:" + digits;
    case Kind::WhatsApp:
        // wa.me wants the international number without "+" or "00".
        if (digits.startsWith(u'+'))
            digits.remove(0, 1);
        else if (digits.startsWith(u"00"))
            digits.remove(0, 2);
        else if (digits.startsWith(u'0'))
            digits.replace(0, 1, QStringLiteral("31"));
        return u"https://wa.me/" + digits;
    case Kind::Email:
        return u"mailto:" + value;
    case Kind::Chat:
    case Kind::Website:
        if (value.contains(u' '))
            return value;
        return value.startsWith(u"http") ? value : u"https://" + value;
    }
    return value;
}

QString Evidence::site() const
{
    QString host = page.section(u'/', 0, 0);
    if (host.startsWith(u"www."))
        host.remove(0, 4);
    return host;
}

QString Organisation::plainText() const
{
    QStringList lines { name };
    if (!helpsWith.isEmpty())
        lines << helpsWith;
    for (const ContactPoint &contact : contacts)
        lines << (contact.note.isEmpty() ? contact.value : contact.value + u" (" + contact.note + u')');
    if (!hours.isEmpty())
        lines << hours;
    if (!about.isEmpty())
        lines << meldpunt::plainText(about);
    return lines.join(u'\n');
}

QString Organisation::primaryContact() const
{
    for (ContactPoint::Kind kind : { ContactPoint::Kind::Phone, ContactPoint::Kind::WhatsApp,
                                     ContactPoint::Kind::Website, ContactPoint::Kind::Chat }) {
        for (const ContactPoint &contact : contacts) {
            if (contact.kind == kind && contact.shown())
                return contact.value;
        }
    }
    return {};
}

bool Organisation::hasUnverifiedFacts() const
{
    return std::any_of(contacts.begin(), contacts.end(), [](const ContactPoint &contact) {
        return !contact.shown() || !contact.noteShown();
    });
}

static QSet<QString> distinctWords(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> words;
    for (const QString &word : TextFolding::fold(text).split(nonWord, Qt::SkipEmptyParts))
        words.insert(word);
    return words;
}

bool Organisation::helpsWithRepeatsAbout() const
{
    // Four in five of its words: a paraphrase of the source's sentence, not news beside it.
    constexpr double repeatedShare = 0.8;
    if (about.isEmpty() || helpsWith.isEmpty())
        return false;
    const QSet<QString> own = distinctWords(helpsWith);
    const QSet<QString> source = distinctWords(meldpunt::plainText(about));
    const auto repeated = std::count_if(own.begin(), own.end(), [&](const QString &word) { return source.contains(word); });
    return !own.isEmpty() && double(repeated) >= repeatedShare * double(own.size());
}

template<typename T>
static const T *findById(const QList<T> &items, const QString &id)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

const FaqEntry *LanguageContent::entry(const QString &id) const
{
    return findById(faq, id);
}

const Organisation *LanguageContent::organisation(const QString &id) const
{
    return findById(organisations, id);
}

const Topic *LanguageContent::topic(const QString &id) const
{
    return findById(topics, id);
}

LanguageContent LanguageContent::verifiedOnly() const
{
    LanguageContent shown = *this;
    for (Organisation &organisation : shown.organisations) {
        QList<ContactPoint> verified;
        for (ContactPoint contact : organisation.contacts) {
            if (!contact.shown())
                continue;
            if (!contact.noteShown()) {
                contact.note.clear();
                contact.noteEvidence = contact.evidence;
            }
            verified << contact;
        }
        organisation.contacts = verified;
    }
    return shown;
}

ContentLibrary ContentLibrary::verifiedOnly() const
{
    ContentLibrary shown;
    for (const LanguageContent &content : m_languages)
        shown.m_languages << content.verifiedOnly();
    return shown;
}

void ContentLibrary::addLanguage(LanguageContent content)
{
    m_languages.append(std::move(content));
    std::stable_sort(m_languages.begin(), m_languages.end(),
                     [](const LanguageContent &a, const LanguageContent &b) {
                         return a.info.order < b.info.order;
                     });
}

QStringList ContentLibrary::languageCodes() const
{
    QStringList codes;
    for (const LanguageContent &content : m_languages)
        codes << content.info.code;
    return codes;
}

const LanguageContent *ContentLibrary::language(const QString &code) const
{
    for (const LanguageContent &content : m_languages) {
        if (content.info.code == code)
            return &content;
    }
    return nullptr;
}

QList<const Organisation *> LanguageContent::generalHelp(int count) const
{
    QList<const Organisation *> cards;
    for (const QString &id : info.generalHelp) {
        const Organisation *card = organisation(id);
        if (card && !card->primaryContact().isEmpty() && cards.size() < count)
            cards << card;
    }
    return cards;
}

QList<const FaqEntry *> LanguageContent::entriesInTopic(const QString &topicId) const
{
    QList<const FaqEntry *> entries;
    for (const FaqEntry &entry : faq) {
        if (entry.topicId == topicId)
            entries.append(&entry);
    }
    return entries;
}

} // namespace meldpunt
