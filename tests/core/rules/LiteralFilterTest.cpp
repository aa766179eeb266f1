#include "rules/LiteralFilter.h"
#include "rules/RuleData.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <random>

namespace rapport::test {
namespace {

using core::LiteralClause;
using core::LiteralScanner;
using core::requiredLiterals;

QList<LiteralClause> clauses(std::initializer_list<std::initializer_list<const char *>> list)
{
    QList<LiteralClause> out;
    for (const auto &clause : list) {
        LiteralClause c;
        for (const char *s : clause)
            c << QString::fromUtf8(s);
        out << c;
    }
    return out;
}

TEST(LiteralFilterTest, LiteralsEveryMatchContains)
{
    EXPECT_EQ(requiredLiterals(QStringLiteral(R"(\bmy (?:top|first) choice\b)")),
              clauses({{"my "}, {"top", "first"}, {" choice"}}));
    // Optional parts and the character before ? do not count.
    EXPECT_EQ(requiredLiterals(QStringLiteral(R"(\b(?:competing|other) offers?\b)")),
              clauses({{"competing", "other"}, {" offer"}}));
    EXPECT_EQ(requiredLiterals(QStringLiteral(R"(\bmy (?:very )?top\b)")),
              clauses({{"my "}, {"top"}}));
    // An alternation gives one clause, the best of each branch.
    EXPECT_EQ(requiredLiterals(QStringLiteral(R"(\bultimatum\b|\bfinal (?:offer|say)\b)")),
              clauses({{"ultimatum", "final "}}));
    // Classes, lookarounds and case.
    EXPECT_EQ(requiredLiterals(QStringLiteral(R"([a-z]+ Dear(?= [a-z]))")), clauses({{" dear"}}));
    EXPECT_EQ(requiredLiterals(QStringLiteral(R"((?<!_)_{3,16}(?!_))")), clauses({{"___"}}));
    EXPECT_EQ(requiredLiterals(QStringLiteral(R"(\{\{[^}]*\}\})")), clauses({{"{{"}, {"}}"}}));
    // What nearly every text holds is not worth looking for.
    EXPECT_EQ(requiredLiterals(QStringLiteral(R"(\bi (?:beg|implore) you\b)")),
              clauses({{"beg", "implore"}, {" you"}}));
}

TEST(LiteralFilterTest, NothingIsPromisedWhenUnsure)
{
    // A branch without literals, patterns of classes only, and syntax the
    // reader does not know.
    EXPECT_TRUE(requiredLiterals(QStringLiteral(R"((?:abc|\d+))")).isEmpty());
    EXPECT_TRUE(requiredLiterals(QStringLiteral(R"([a-z]+\s\w*)")).isEmpty());
    for (const char *pattern : {R"((a)\1bc)", R"((?i)abc)", R"(\Qa.b\E)", R"(\x41bc)",
                                R"((?|a|b)c)", R"((*UCP)abc)", R"(abc(?)", R"(ab[c)"})
        EXPECT_TRUE(requiredLiterals(QString::fromUtf8(pattern)).isEmpty()) << pattern;
}

TEST(LiteralFilterTest, ScannerFindsOverlappingLiteralsCaselessly)
{
    LiteralScanner scanner;
    const int he = scanner.add(QStringLiteral("he"));
    const int she = scanner.add(QStringLiteral("she"));
    const int hers = scanner.add(QStringLiteral("hers"));
    const int his = scanner.add(QStringLiteral("his"));
    EXPECT_EQ(scanner.add(QStringLiteral("she")), she);
    scanner.build();
    const auto hits = scanner.scan(QStringLiteral("USHERS"));
    EXPECT_TRUE(hits.has(he));
    EXPECT_TRUE(hits.has(she));
    EXPECT_TRUE(hits.has(hers));
    EXPECT_FALSE(hits.has(his));
    EXPECT_FALSE(scanner.scan(QStringLiteral("h-e s\u00e9h e")).has(he));
    // The long s matches "s" caselessly: then every literal may occur.
    EXPECT_TRUE(scanner.scan(QStringLiteral("hi\u017f")).has(his));
}

// Sound on the shipped rule data: whenever a pattern matches a text, the
// text holds the literals required of it. Texts are random runs of the
// patterns' own words, so that many of them match.
TEST(LiteralFilterTest, EveryShippedPatternMatchHoldsItsLiterals)
{
    const auto data = core::RuleData::builtIn();
    ASSERT_TRUE(data);
    struct Pattern
    {
        QRegularExpression re;
        std::vector<std::vector<int>> clauses;
    };
    std::vector<Pattern> patterns;
    LiteralScanner scanner;
    QStringList vocabulary;
    static const QRegularExpression word(QStringLiteral("[a-z']{2,}"));
    for (const QString &id : data->ruleIds()) {
        for (const QString &key : core::RuleData::regexKeys()) {
            for (const QString &p : data->phrases(id, key)) {
                Pattern pattern{
                    QRegularExpression(p, QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::UseUnicodePropertiesOption),
                    {}};
                for (const LiteralClause &clause : requiredLiterals(p)) {
                    std::vector<int> ids;
                    for (const QString &literal : clause)
                        ids.push_back(scanner.add(literal));
                    pattern.clauses.push_back(ids);
                }
                patterns.push_back(pattern);
                for (auto it = word.globalMatch(p); it.hasNext();)
                    vocabulary << it.next().captured();
            }
        }
    }
    scanner.build();
    const QStringList extras = {
        QStringLiteral("."),      QStringLiteral("1"),        QStringLiteral("___"),
        QStringLiteral("####"),   QStringLiteral("{{name}}"), QStringLiteral("[name]"),
        QStringLiteral("wrote:"), QStringLiteral("--"),       QStringLiteral("Dear")};
    std::mt19937 rng(20261213);
    int matched = 0;
    for (int t = 0; t < 4000; ++t) {
        QStringList words;
        const int n = 2 + static_cast<int>(rng() % 12);
        for (int i = 0; i < n; ++i) {
            words << (rng() % 8 == 0
                          ? extras.at(static_cast<qsizetype>(rng() % extras.size()))
                          : vocabulary.at(static_cast<qsizetype>(rng() % vocabulary.size())));
        }
        const QString text = words.join(QLatin1Char(' '));
        const auto hits = scanner.scan(text);
        for (const Pattern &p : patterns) {
            if (!p.re.match(text).hasMatch())
                continue;
            ++matched;
            for (const auto &clause : p.clauses) {
                bool any = false;
                for (const int id : clause)
                    any = any || hits.has(id);
                EXPECT_TRUE(any) << p.re.pattern().toStdString() << " matched "
                                 << text.toStdString();
            }
        }
    }
    EXPECT_GT(matched, 200);
}

} // namespace
} // namespace rapport::test
