#pragma once

#include "UiFixture.h"

#include "FileChooser.h"

#include "domain/Profile.h"
#include "storage/ContactRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"
#include "support/Builders.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace rapport::test {

// Answers file dialogs from queues a test fills; an empty queue is "cancel".
class FakeFileChooser final : public ui::FileChooser
{
public:
    QStringList opens;           // openFile answers, in order
    QList<QStringList> openSets; // openFiles answers
    QStringList saves;           // saveFile answers
    QStringList suggested;       // the names saveFile was offered

    QString openFile(QWidget *, const QString &, const QString &) override
    {
        return opens.isEmpty() ? QString() : opens.takeFirst();
    }
    QStringList openFiles(QWidget *, const QString &, const QString &) override
    {
        return openSets.isEmpty() ? QStringList() : openSets.takeFirst();
    }
    QString saveFile(QWidget *, const QString &, const QString &name, const QString &) override
    {
        suggested << name;
        return saves.isEmpty() ? QString() : saves.takeFirst();
    }
};

// tests/data, found from this file's place (ui_tests has no data define).
inline QString testData(const QString &relative)
{
    return QFileInfo(QStringLiteral(__FILE__))
        .absoluteDir()
        .filePath(QStringLiteral("../../data/") + relative);
}

// A session with the season the mail fixtures were written for: Amira
// Haddad's two addresses, five programs and four contacts.
class IoFixture : public UiFixture
{
protected:
    qint64 lakeside = 0, northgate = 0, riverbend = 0, magnolia = 0, bayview = 0;
    qint64 walsh = 0, lopez = 0, munoz = 0, boudreaux = 0;
    FakeFileChooser files;
    QTemporaryDir out;

    void loadMailSeason()
    {
        core::ApplicantProfile profile;
        profile.name = QStringLiteral("Amira Haddad");
        profile.email = QStringLiteral("amira.haddad@gmail.com");
        profile.otherEmails = {QStringLiteral("a.haddad@alexmed.edu.eg")};
        ASSERT_TRUE(core::ProfileRepository(session().db()).saveProfile(profile).ok());
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
        ASSERT_TRUE(session().reloadNow().ok());
    }

    qint64 program(const char *name, const char *city, const char *domain, QDate interview)
    {
        core::Program p =
            ProgramBuilder(QLatin1String(name)).city(QLatin1String(city)).interview(interview);
        p.emailDomain = QLatin1String(domain);
        auto id = core::ProgramRepository(session().db()).add(p);
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
        auto id = core::ContactRepository(session().db()).add(c);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? *id : 0;
    }
};

} // namespace rapport::test
