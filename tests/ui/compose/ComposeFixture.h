#pragma once

#include "UiFixture.h"
#include "support/Builders.h"

#include "domain/Communication.h"
#include "storage/AcknowledgementRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"

#include <QTest>
#include <QWidget>

namespace rapport::test {

// One program (applied, no interview yet) with its program director, and
// a filled-in applicant profile, on the UiFixture's fresh season.
class ComposeFixture : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        core::ApplicantProfile profile;
        profile.name = QStringLiteral("Amina Rahman");
        profile.degree = QStringLiteral("MBBS");
        profile.medicalSchool = QStringLiteral("Dhaka Medical College");
        profile.country = QStringLiteral("Bangladesh");
        profile.aamcId = QStringLiteral("14523687");
        profile.email = QStringLiteral("amina.rahman@example.org");
        profile.signature = QStringLiteral("Amina Rahman, MBBS");
        ASSERT_TRUE(core::ProfileRepository(session().db()).saveProfile(profile).ok());
        auto program = core::ProgramRepository(session().db()).add(ProgramBuilder());
        ASSERT_TRUE(program.ok()) << program.errorMessage().toStdString();
        programId = *program;
        auto contact = core::ContactRepository(session().db()).add(ContactBuilder(programId));
        ASSERT_TRUE(contact.ok()) << contact.errorMessage().toStdString();
        contactId = *contact;
        ASSERT_TRUE(session().reloadNow().ok());
    }

    qint64 log(const core::Communication &c)
    {
        auto id = core::CommunicationRepository(session().db()).add(c);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        EXPECT_TRUE(session().reloadNow().ok());
        return id.ok() ? *id : 0;
    }

    QList<core::Communication> stored()
    {
        core::CommunicationFilter filter;
        filter.programId = programId;
        auto all = core::CommunicationRepository(session().db()).list(filter);
        EXPECT_TRUE(all.ok()) << all.errorMessage().toStdString();
        return all.ok() ? *all : QList<core::Communication>();
    }

    QList<core::Acknowledgement> acknowledgements(qint64 communicationId)
    {
        auto acks =
            core::AcknowledgementRepository(session().db()).forCommunication(communicationId);
        EXPECT_TRUE(acks.ok()) << acks.errorMessage().toStdString();
        return acks.ok() ? *acks : QList<core::Acknowledgement>();
    }

    template <typename T> static T *child(const QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << "no child named " << name;
        return found;
    }

    qint64 programId = 0;
    qint64 contactId = 0;
};

} // namespace rapport::test
