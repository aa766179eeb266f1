#include "compose/TemplateFile.h"
#include "compose/TemplateLibrary.h"
#include "compose/TemplateRenderer.h"

#include "rules/Allowance.h"
#include "rules/RuleEngine.h"
#include "support/DemoContext.h"
#include "support/FakeClock.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rapport;
using core::BuiltInTemplate;
using core::Kind;

namespace {

QList<BuiltInTemplate> builtIns()
{
    auto loaded = core::TemplateFile::loadDirectory(core::TemplateFile::builtInDirectory());
    EXPECT_TRUE(loaded.ok()) << loaded.errorMessage().toStdString();
    return loaded.ok() ? loaded.value() : QList<BuiltInTemplate>{};
}

core::RenderedMessage renderDemo(const BuiltInTemplate &b)
{
    auto r = core::TemplateRenderer::render(b.tmpl, test::demoContext(b.tmpl.kind));
    EXPECT_TRUE(r.ok()) << r.errorMessage().toStdString();
    return r.ok() ? r.value() : core::RenderedMessage{};
}

// The lines between the salutation and the closing, as RULES.md counts
// content.length (salutation and signature not counted).
QStringList textLines(const QString &body)
{
    QStringList lines = body.split(QLatin1Char('\n'));
    const qsizetype closing = lines.indexOf(QStringLiteral("Sincerely,"));
    EXPECT_GT(closing, 0);
    lines = lines.mid(1, closing - 1);
    lines.removeAll(QString());
    return lines;
}

// Lines as a mail client shows them at 80 columns.
int wrappedLineCount(const QStringList &lines, int width = 80)
{
    int count = 0;
    for (const QString &line : lines) {
        int used = 0;
        ++count;
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (used > 0 && used + 1 + word.size() > width) {
                ++count;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + int(word.size());
        }
    }
    return count;
}

const BuiltInTemplate *named(const QList<BuiltInTemplate> &all, const char *name)
{
    for (const BuiltInTemplate &b : all) {
        if (b.tmpl.name == QLatin1String(name))
            return &b;
    }
    ADD_FAILURE() << "no built-in named " << name;
    return nullptr;
}

} // namespace

TEST(BuiltInTemplates, TheTenShipWithTheirKinds)
{
    const QList<BuiltInTemplate> all = builtIns();
    ASSERT_EQ(all.size(), 10);
    const QList<std::pair<const char *, Kind>> expected = {
        {"pre-interview-interest", Kind::PreInterviewInterest},
        {"application-update", Kind::ApplicationUpdate},
        {"visa-inquiry", Kind::VisaInquiry},
        {"conference-follow-up", Kind::ConferenceFollowUp},
        {"thank-you", Kind::ThankYou},
        {"post-interview-update", Kind::PostInterviewUpdate},
        {"letter-of-intent", Kind::LetterOfIntent},
        {"letter-of-strong-interest", Kind::LetterOfStrongInterest},
        {"reply-to-pressure", Kind::ReplyToProgram},
        {"second-look-request", Kind::SecondLookRequest}};
    for (const auto &[name, kind] : expected) {
        const BuiltInTemplate *b = named(all, name);
        ASSERT_NE(b, nullptr);
        EXPECT_EQ(b->tmpl.kind, kind) << name;
        EXPECT_TRUE(b->tmpl.builtIn) << name;
        EXPECT_FALSE(b->tmpl.title.isEmpty()) << name;
        EXPECT_FALSE(b->tmpl.subject.isEmpty()) << name;
        EXPECT_TRUE(core::TemplateRenderer::validate(b->tmpl).ok()) << name;
        for (const core::TemplateField &f : b->fields)
            EXPECT_FALSE(f.label.isEmpty()) << name << " " << f.name.toStdString();
    }
}

TEST(BuiltInTemplates, EachRendersFullyWithTheDemoContext)
{
    for (const BuiltInTemplate &b : builtIns()) {
        SCOPED_TRACE(b.tmpl.name.toStdString());
        const core::RenderedMessage m = renderDemo(b);
        EXPECT_TRUE(m.unfilled.isEmpty()) << m.unfilled.join(u", ").toStdString();
        for (const QString *text : {&m.subject, &m.body}) {
            EXPECT_FALSE(text->contains(QLatin1String("{{")));
            EXPECT_FALSE(text->contains(QLatin1String("}}")));
        }
    }
}

TEST(BuiltInTemplates, EachIsAShortLetterToThisProgram)
{
    const core::RenderContext demo = test::demoContext();
    for (const BuiltInTemplate &b : builtIns()) {
        SCOPED_TRACE(b.tmpl.name.toStdString());
        EXPECT_TRUE(b.tmpl.body.startsWith(QLatin1String("Dear {{contact.salutation}},\n")));
        EXPECT_TRUE(b.tmpl.body.endsWith(QLatin1String("\nSincerely,\n{{applicant.signature}}")));
        EXPECT_TRUE(b.tmpl.body.contains(QLatin1String("{{program.name}}")));
        EXPECT_FALSE(b.fields.isEmpty()) << "names no detail of the program of its own";

        const core::RenderedMessage m = renderDemo(b);
        EXPECT_TRUE(m.body.startsWith(QLatin1String("Dear Dr. Lopez,\n")));
        EXPECT_TRUE(m.body.endsWith(demo.profile.signature));
        EXPECT_TRUE(m.body.contains(demo.program->name) || m.subject.contains(demo.program->name));
        const QStringList lines = textLines(m.body);
        EXPECT_GE(lines.size(), 3);
        EXPECT_LE(lines.size(), 12);
        EXPECT_LE(wrappedLineCount(lines), 12);
    }
}

TEST(BuiltInTemplates, NoneAsksPromisesOrPressures)
{
    // A guard on our own wording, not the content rules themselves.
    const QStringList forbidden = {
        QStringLiteral(R"(where do i stand)"), QStringLiteral(R"(\bstatus\b)"),
        QStringLiteral(R"(\bpromise)"),        QStringLiteral(R"(\bcommit)"),
        QStringLiteral(R"(rank (me|you)\b)"),  QStringLiteral(R"(\bi will rank)"),
        QStringLiteral(R"(\branking\b)"),      QStringLiteral(R"(\bdream)"),
        QStringLiteral(R"(life depends)"),     QStringLiteral(R"(\bbegging\b)"),
        QStringLiteral(R"(other offers)"),     QStringLiteral(R"(\boffers? from)"),
        QStringLiteral(R"(\bcompeting\b)"),    QStringLiteral(R"(deadline)"),
        QStringLiteral(R"(as soon as)"),       QStringLiteral(R"(\burgent)"),
        QStringLiteral(R"(guarantee)"),        QStringLiteral(R"(#\s*1)"),
        QStringLiteral(R"(number one)"),       QStringLiteral(R"(\bno\.\s*1\b)"),
        QStringLiteral(R"(\btop\b)"),          QStringLiteral(R"(\bbest\b)"),
        QStringLiteral(R"(\bonly\b)"),         QStringLiteral(R"(\bdesperate)"),
    };
    for (const BuiltInTemplate &b : builtIns()) {
        const core::RenderedMessage m = renderDemo(b);
        const QString text = m.subject + u'\n' + m.body;
        for (const QString &pattern : forbidden) {
            const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
            EXPECT_FALSE(re.match(text).hasMatch())
                << b.tmpl.name.toStdString() << " matches " << pattern.toStdString();
        }
        // Only the letter of intent names a first choice.
        const QRegularExpression first(QStringLiteral(R"(\bfirst\b)"),
                                       QRegularExpression::CaseInsensitiveOption);
        const qsizetype firsts = text.count(first);
        if (b.tmpl.kind == Kind::LetterOfIntent)
            EXPECT_EQ(text.count(QStringLiteral("my first choice")), 1);
        else
            EXPECT_EQ(firsts, 0) << b.tmpl.name.toStdString();
    }
}

TEST(BuiltInTemplates, TheReplyToPressureKeepsTheRankListOwn)
{
    const QList<BuiltInTemplate> all = builtIns();
    const BuiltInTemplate *reply = named(all, "reply-to-pressure");
    ASSERT_NE(reply, nullptr);
    EXPECT_TRUE(reply->tmpl.body.contains(QLatin1String("NRMP")));
    EXPECT_TRUE(reply->tmpl.body.contains(QLatin1String("rank list private")));
}

TEST(BuiltInTemplates, DemoContextFitsEachTemplatesPhase)
{
    for (const BuiltInTemplate &b : builtIns()) {
        const core::RenderContext c = test::demoContext(b.tmpl.kind);
        core::Program p = *c.program;
        p.id = 1;
        test::FakeClock clock(QDateTime(c.today, QTime(12, 0), QTimeZone::utc()));
        core::RuleEngine engine(core::RuleData::builtIn().value(), clock);
        core::SeasonSnapshot snapshot;
        snapshot.programs << p;
        engine.setSnapshot(snapshot);
        const QList<Kind> kinds = core::TemplateLibrary::suggestedKinds(
            p, *engine.allowance(1), b.tmpl.kind == Kind::ReplyToProgram);
        EXPECT_TRUE(kinds.contains(b.tmpl.kind)) << b.tmpl.name.toStdString();
    }
}

TEST(BuiltInTemplates, DemoFieldsAreExactlyTheFieldsTheBuiltInsUse)
{
    QStringList used;
    for (const BuiltInTemplate &b : builtIns()) {
        for (const core::TemplateField &f : b.fields)
            used << f.name;
    }
    used.removeDuplicates();
    QStringList demo = test::demoFields().keys();
    used.sort();
    demo.sort();
    EXPECT_EQ(used, demo);
}
