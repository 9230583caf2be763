#include "ContentTypes.h"

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
    switch (kind) {
    case Kind::Phone:
    case Kind::WhatsApp: {
        QString digits;
        for (QChar c : value) {
            if (c.isDigit() || (c == u'+' && digits.isEmpty()))
                digits += c;
        }
        return u"tel:" + digits;
    }
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
            if (contact.kind == kind)
                return contact.value;
        }
    }
    return {};
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
