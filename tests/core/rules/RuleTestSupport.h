#pragma once

#include "support/Builders.h"
#include "support/FakeClock.h"

#include "domain/SeasonSnapshot.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"

#include <gtest/gtest.h>

#include <QList>
#include <QStringList>

#include <memory>

namespace rapport::test {

inline QDateTime utc(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

inline QList<core::Finding> withRule(const QList<core::Finding> &findings, const QString &rule)
{
    QList<core::Finding> out;
    for (const core::Finding &f : findings) {
        if (f.rule == rule)
            out << f;
    }
    return out;
}

inline bool hasRule(const QList<core::Finding> &findings, const QString &rule)
{
    return !withRule(findings, rule).isEmpty();
}

inline std::string describe(const QList<core::Finding> &findings)
{
    QStringList lines;
    for (const core::Finding &f : findings)
        lines << QStringLiteral("%1 [%2] %3").arg(f.rule, core::toString(f.severity), f.message());
    return lines.join(QLatin1Char('\n')).toStdString();
}

// Findings about one stored communication.
inline QList<core::Finding> about(const QList<core::Finding> &findings, qint64 communicationId)
{
    QList<core::Finding> out;
    for (const core::Finding &f : findings) {
        if (f.communicationId() == communicationId)
            out << f;
    }
    return out;
}

// A season snapshot built in memory, and an engine over it with a FakeClock.
class RuleTest : public ::testing::Test
{
protected:
    static constexpr qint64 kLakeside = 1;
    static constexpr qint64 kLopez = 11;

    RuleTest()
    {
        m_snapshot.season = core::Season::defaultsFor(2027);
        m_snapshot.programs << ProgramBuilder().id(kLakeside).interview(QDate(2026, 12, 5),
                                                                        QTime(9, 0));
        m_snapshot.programs.last().institution = QStringLiteral("Lakeside University");
        m_snapshot.contacts << ContactBuilder(kLakeside).id(kLopez);
    }

    core::RuleEngine &engine()
    {
        if (!m_engine) {
            auto data = core::RuleData::builtIn();
            EXPECT_TRUE(data.ok()) << data.errorMessage().toStdString();
            m_engine = std::make_unique<core::RuleEngine>(data.value(), m_clock);
        }
        m_engine->setSnapshot(m_snapshot);
        return *m_engine;
    }

    core::Program &program(qint64 id)
    {
        for (core::Program &p : m_snapshot.programs) {
            if (p.id == id)
                return p;
        }
        ADD_FAILURE() << "no program " << id;
        return m_snapshot.programs.first();
    }

    void log(const core::Communication &c) { m_snapshot.communications << c; }

    // Logs a sent outgoing message and returns its id.
    qint64 send(qint64 programId, core::Kind kind, const QDateTime &at,
                std::optional<qint64> contact = kLopez, const QString &body = {})
    {
        CommunicationBuilder b(programId);
        b.id(++m_lastId).kind(kind).at(at);
        if (contact)
            b.contact(*contact);
        if (!body.isEmpty())
            b.body(body);
        log(b);
        return m_lastId;
    }

    qint64 receive(qint64 programId, const QDateTime &at, const QString &body = {})
    {
        CommunicationBuilder b(programId);
        b.id(++m_lastId).incoming().kind(core::Kind::ProgramInterest).at(at);
        if (!body.isEmpty())
            b.body(body);
        log(b);
        return m_lastId;
    }

    void addProgram(qint64 id, const QString &name, const QString &city)
    {
        m_snapshot.programs << ProgramBuilder(name).id(id).city(city).interview(QDate(2026, 12, 12),
                                                                                QTime(9, 0));
    }

    void addContact(qint64 programId, qint64 id, const QString &title, const QString &first,
                    const QString &last, core::ContactRole role = core::ContactRole::Faculty)
    {
        m_snapshot.contacts
            << ContactBuilder(programId).id(id).title(title).name(first, last).role(role);
    }

    // Findings about one stored entry that carry a given rule.
    QList<core::Finding> findings(qint64 communicationId, const QString &rule)
    {
        return withRule(about(engine().checkSeason(), communicationId), rule);
    }

    core::Draft draftFor(qint64 programId, const QString &body,
                         core::Kind kind = core::Kind::PostInterviewUpdate)
    {
        core::Draft d;
        d.programId = programId;
        d.body = body;
        d.kind = kind;
        d.at = m_clock.now();
        return d;
    }

    FakeClock m_clock{utc(2027, 1, 10, 12)};
    core::SeasonSnapshot m_snapshot;
    std::unique_ptr<core::RuleEngine> m_engine;
    qint64 m_lastId = 100;
};

} // namespace rapport::test
