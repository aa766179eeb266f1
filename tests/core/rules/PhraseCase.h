#pragma once

#include "RuleTestSupport.h"

#include <ostream>

namespace rapport::test {

// One sentence of a phrase rule's table: whether the rule must fire on it.
struct PhraseCase
{
    const char *rule;
    const char *text;
    bool fires;
};

inline void PrintTo(const PhraseCase &c, std::ostream *os)
{
    *os << c.rule << (c.fires ? " must fire on: " : " must not fire on: ") << c.text;
}

// Runs each sentence through checkDraft (normaliser, matcher and rule
// together, as the compose window does) in a message to or from a
// Match-participating program.
class PhraseRuleTest : public RuleTest, public ::testing::WithParamInterface<PhraseCase>
{
protected:
    QList<core::Finding> check(core::Direction direction)
    {
        const PhraseCase &c = GetParam();
        core::Draft d = draftFor(kLakeside, QString::fromUtf8(c.text));
        d.direction = direction;
        d.contactId = kLopez;
        return engine().checkDraft(d);
    }

    void expectVerdict(core::Direction direction)
    {
        const PhraseCase &c = GetParam();
        const QList<core::Finding> findings = check(direction);
        const QString rule = QString::fromLatin1(c.rule);
        EXPECT_EQ(hasRule(findings, rule), c.fires) << describe(findings);
        for (const core::Finding &f : withRule(findings, rule)) {
            // The message names the program and quotes what was found.
            EXPECT_TRUE(f.message().contains(QStringLiteral("Lakeside")))
                << f.message().toStdString();
            EXPECT_TRUE(f.message().contains(QChar(0x201c))) << f.message().toStdString();
            EXPECT_FALSE(f.guidance.isEmpty());
        }
    }
};

} // namespace rapport::test
