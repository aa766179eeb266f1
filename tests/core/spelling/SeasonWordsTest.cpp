#include "spelling/SeasonWords.h"

#include "domain/SeasonSnapshot.h"

#include <gtest/gtest.h>

using namespace rapport::core;

TEST(SeasonWords, HoldsTheNamesOfProgramsPeopleAndTheApplicantInLowerCase)
{
    SeasonSnapshot season;
    season.profile.name = QStringLiteral("Amina Rahman");
    season.profile.medicalSchool = QStringLiteral("Dhaka Medical College");
    Program program;
    program.name = QStringLiteral("Strong Memorial Otolaryngology");
    program.institution = QStringLiteral("University of Rochester");
    program.city = QStringLiteral("Rochester");
    season.programs.append(program);
    Contact contact;
    contact.firstName = QStringLiteral("Chidi");
    contact.lastName = QStringLiteral("Okonkwo-Adeyemi");
    season.contacts.append(contact);

    const QSet<QString> words = spelling::seasonWords(season);
    for (const char *word : {"rahman", "dhaka", "strong", "rochester", "chidi", "okonkwo-adeyemi",
                             "okonkwo", "adeyemi"})
        EXPECT_TRUE(words.contains(QString::fromUtf8(word))) << word;
    EXPECT_FALSE(words.contains(QStringLiteral("Rahman")));
}
