#include "ContentRules.h"

#include "domain/Contact.h"
#include "rules/RuleContext.h"
#include "rules/RuleText.h"
#include "rules/TextNormalizer.h"

namespace rapport::core {
namespace {

const QString kLength = QStringLiteral("content.length");
const QString kGeneric = QStringLiteral("content.generic");
const QString kPlaceholder = QStringLiteral("content.placeholder");
const QString kSalutation = QStringLiteral("content.salutation");
const QString kTopChoiceClaim = QStringLiteral("content.top_choice_claim");
const QString kSeverity = QStringLiteral("severity");

bool applies(const RuleContext &ctx, const Subject &s, const QString &rule)
{
    const QJsonObject r = ctx.data.rule(rule);
    if (r.contains(QStringLiteral("channels")) &&
        !ctx.data.channels(rule).contains(s.entry.channel))
        return false;
    return !r.contains(QStringLiteral("kinds")) || ctx.data.kinds(rule).contains(s.entry.kind);
}

void checkPhrases(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    if (!s.entry.wording)
        return;
    struct PhraseRule
    {
        QString id;
        QString what;
    };
    const PhraseRule rules[] = {
        {QStringLiteral("content.rank_inquiry"),
         RuleText::tr("asks how the program will rank you")},
        {QStringLiteral("content.binding_commitment"), RuleText::tr("makes a binding promise")},
        {QStringLiteral("content.emotional"), RuleText::tr("uses over-emotional language")},
        {QStringLiteral("content.pressure"), RuleText::tr("puts pressure on the program")},
        {QStringLiteral("content.rank_list_disclosure"),
         RuleText::tr("discloses your rank-list plans")},
        {kTopChoiceClaim, RuleText::tr("says it is your top choice")},
    };
    for (const PhraseRule &rule : rules) {
        if (!applies(ctx, s, rule.id))
            continue;
        if (const WordingHit *hit = s.entry.wording->hit(rule.id)) {
            const QString &sentence = s.entry.wording->sentences.at(hit->sentence).text;
            out << makeWordingFinding(
                ctx, s, *hit,
                RuleText::tr("Message to %1 %2: %3")
                    .arg(s.programName(), rule.what, RuleText::quote(sentence.simplified())));
        }
    }
}

void checkLength(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    // Lines as a reader sees them, wrapped when the entry was prepared.
    const int lines = s.entry.lines;
    if (!applies(ctx, s, kLength) || lines == 0)
        return;
    const int maximum = ctx.data.number(kLength, QStringLiteral("maximum"), 12);
    const int minimum = ctx.data.number(kLength, QStringLiteral("minimum"), 3);
    if (lines > maximum) {
        out << makeFinding(ctx, s, kLength, kSeverity,
                           RuleText::tr("Message to %1 has about %2 lines of text; keep it to %3")
                               .arg(s.programName())
                               .arg(lines)
                               .arg(maximum));
    } else if (lines < minimum && !ctx.data.kinds(kLength, QStringLiteral("short_exempt_kinds"))
                                       .contains(s.entry.kind)) {
        out << makeFinding(
            ctx, s, kLength, QStringLiteral("severity_short"),
            RuleText::tr("Message to %1 has only %n lines of text; say what is specific to "
                         "this program",
                         nullptr, lines)
                .arg(s.programName()));
    }
}

void checkPlaceholder(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    if (!applies(ctx, s, kPlaceholder))
        return;
    if (!s.entry.placeholder().isEmpty()) {
        out << makeFinding(ctx, s, kPlaceholder, kSeverity,
                           RuleText::tr("Unfilled placeholder in the message to %1: %2")
                               .arg(s.programName(), RuleText::quote(s.entry.placeholder())));
    }
}

// Whether the greeting's words address the contact: the last name, preceded
// (past the first name) by one of the accepted spellings of the title.
bool addressesContact(const RuleContext &ctx, const QStringList &words, const Contact &c)
{
    const QStringList last = TextNormalizer::words(TextNormalizer::normalize(c.lastName));
    const QStringList first = TextNormalizer::words(TextNormalizer::normalize(c.firstName));
    const QString title = TextNormalizer::normalize(c.title);
    if (last.isEmpty())
        return !first.isEmpty() && words.contains(first.first());
    const QStringList spellings = ctx.data.rule(kSalutation)
                                      .value(QStringLiteral("titles"))
                                      .toObject()
                                      .value(title)
                                      .toVariant()
                                      .toStringList();
    for (qsizetype i = 0; i + last.size() <= words.size(); ++i) {
        if (words.mid(i, last.size()) != last)
            continue;
        if (title.isEmpty())
            return true;
        qsizetype before = i - 1;
        if (before >= first.size() - 1 && !first.isEmpty() &&
            words.mid(before - first.size() + 1, first.size()) == first)
            before -= first.size();
        if (before >= 0 && spellings.contains(words.at(before)))
            return true;
    }
    return false;
}

void checkSalutation(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    if (!applies(ctx, s, kSalutation) || s.entry.lines == 0)
        return;
    if (s.entry.salutation.isEmpty()) {
        out << makeFinding(ctx, s, kSalutation, kSeverity,
                           RuleText::tr("Message to %1 has no salutation").arg(s.programName()));
        return;
    }
    if (!s.contact ||
        addressesContact(ctx, TextNormalizer::words(TextNormalizer::normalize(s.entry.salutation)),
                         *s.contact))
        return;
    out << makeFinding(ctx, s, kSalutation, kSeverity,
                       RuleText::tr("Salutation %1 does not address %2 by title and last name")
                           .arg(RuleText::quote(s.entry.salutation), s.contact->formalName()));
}

// content.generic raises most of a season's findings: each keeps the names,
// date and figure its message needs rather than the text (180 characters).
class GenericMessage final : public MessageText
{
public:
    struct Similar
    {
        QString program;
        QDateTime at;
        double similarity = 0.0;
    };

    GenericMessage(const QString &program, bool noDetail, std::optional<Similar> similar)
        : m_program(program), m_noDetail(noDetail), m_similar(std::move(similar))
    {}

    QString text() const override
    {
        if (!m_similar) {
            return RuleText::tr("Message to %1 names nothing specific to it (program, "
                                "institution, city or people)")
                .arg(m_program);
        }
        QString message =
            RuleText::tr("Message to %1 is nearly the same (similarity %2) as the one sent "
                         "to %3 on %4")
                .arg(m_program, QString::number(m_similar->similarity, 'f', 2), m_similar->program,
                     RuleText::date(m_similar->at));
        if (m_noDetail)
            message += RuleText::tr(", and names nothing specific to %1").arg(m_program);
        return message;
    }

private:
    QString m_program;
    bool m_noDetail;
    std::optional<Similar> m_similar;
};

void checkGeneric(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    if (!applies(ctx, s, kGeneric) ||
        s.entry.coreWords < ctx.data.number(kGeneric, QStringLiteral("min_words"), 20))
        return;
    const auto similar = ctx.index.mostSimilar(s.entry, s.excludeId);
    const bool noDetail = !s.entry.namesDetail;
    if (!similar && !noDetail)
        return;
    std::optional<GenericMessage::Similar> sent;
    QList<qint64> related;
    if (similar) {
        const ProgramInfo *other = ctx.index.program(similar->entry->programId);
        sent =
            GenericMessage::Similar{other->program->name, similar->entry->at, similar->similarity};
        related << similar->entry->id;
    }
    Finding f = makeFinding(ctx, s, kGeneric, kSeverity, QString(), related);
    f.setMessage(std::make_shared<GenericMessage>(s.programName(), noDetail, std::move(sent)));
    out << f;
}

} // namespace

void ContentRules::check(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    if (s.entry.direction != Direction::Outgoing || !s.entry.hasText)
        return;
    checkPhrases(ctx, s, out);
    checkPlaceholder(ctx, s, out);
    checkLength(ctx, s, out);
    checkSalutation(ctx, s, out);
    checkGeneric(ctx, s, out);
}

} // namespace rapport::core
