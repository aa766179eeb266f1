#pragma once

#include "io/MailImport.h"
#include "io/MailParser.h"
#include "storage/ContactRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::test {

// The season the mail fixtures under tests/data/mail were written for:
// Amira Haddad's two addresses, five programs and four contacts.
struct MailSeason
{
    TempDatabase t;
    qint64 lakeside = 0, northgate = 0, riverbend = 0, magnolia = 0, bayview = 0;
    qint64 walsh = 0, lopez = 0, munoz = 0, boudreaux = 0;

    MailSeason()
    {
        core::ApplicantProfile profile;
        profile.name = QStringLiteral("Amira Haddad");
        profile.email = QStringLiteral("amira.haddad@gmail.com");
        profile.otherEmails = {QStringLiteral("a.haddad@alexmed.edu.eg")};
        EXPECT_TRUE(core::ProfileRepository(t.db()).saveProfile(profile).ok());
        lakeside = program("Lakeside University Otolaryngology", "Chicago", "lakeside.edu",
                           QDate(2026, 11, 20));
        northgate = program("Northgate Medical Center Otolaryngology", "Boston", "northgate.org",
                            QDate(2026, 12, 3));
        riverbend = program("Riverbend University Otolaryngology", "Pittsburgh", "riverbend.edu",
                            QDate(2026, 12, 10));
        magnolia = program("Magnolia University Otolaryngology", "New Orleans", "magnolia.edu",
                           QDate(2027, 1, 8));
        bayview = program("Bayview Academic Medical Center Otolaryngology", "San Diego",
                          "bayview.edu", {});
        walsh = contact(lakeside, "Ms.", "Jennifer", "Walsh", "jwalsh@lakeside.edu");
        lopez = contact(lakeside, "Dr.", "Maria", "Lopez", "mlopez@lakeside.edu");
        munoz = contact(northgate, "Dr.", QString::fromUtf8("José"), QString::fromUtf8("Muñoz"),
                        "jmunoz@northgate.org");
        boudreaux = contact(magnolia, "Ms.", QString::fromUtf8("Renée"),
                            QStringLiteral("Boudreaux"), "rboudreaux@magnolia.edu");
    }

    core::Database &db() { return t.db(); }

    qint64 program(const char *name, const char *city, const char *domain, QDate interview)
    {
        core::Program p =
            ProgramBuilder(QLatin1String(name)).city(QLatin1String(city)).interview(interview);
        p.emailDomain = QLatin1String(domain);
        auto id = core::ProgramRepository(t.db()).add(p);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? *id : 0;
    }

    qint64 contact(qint64 programId, const char *title, const QString &first, const QString &last,
                   const char *email)
    {
        core::Contact c = ContactBuilder(programId)
                              .title(QLatin1String(title))
                              .name(first, last)
                              .email(QLatin1String(email));
        auto id = core::ContactRepository(t.db()).add(c);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? *id : 0;
    }

    static QString file(const char *name)
    {
        return QStringLiteral(RAPPORT_TEST_DATA_DIR "/mail/") + QLatin1String(name);
    }

    QList<core::MailCandidate> preview(const QStringList &names)
    {
        QList<core::MailMessage> messages;
        for (const QString &name : names) {
            auto read = core::MailParser::readFile(file(name.toUtf8().constData()));
            EXPECT_TRUE(read.ok()) << read.errorMessage().toStdString();
            if (read.ok())
                messages << *read;
        }
        auto import = core::MailImport::load(t.db());
        EXPECT_TRUE(import.ok()) << import.errorMessage().toStdString();
        if (!import.ok())
            return {};
        auto candidates = import->preview(messages);
        EXPECT_TRUE(candidates.ok()) << candidates.errorMessage().toStdString();
        return candidates.ok() ? *candidates : QList<core::MailCandidate>{};
    }

    core::MailImportSummary importFiles(const QStringList &names)
    {
        const QList<core::MailCandidate> candidates = preview(names);
        auto import = core::MailImport::load(t.db());
        auto summary = import->apply(candidates);
        EXPECT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
        return summary.ok() ? *summary : core::MailImportSummary{};
    }
};

} // namespace rapport::test
