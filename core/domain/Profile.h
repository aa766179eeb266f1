#pragma once

#include <QString>
#include <QStringList>

namespace rapport::core {

struct ApplicantProfile
{
    QString name;
    QString degree; // e.g. "MD", "MBBS"
    QString medicalSchool;
    QString country;
    int graduationYear = 0; // 0 = not set
    QString aamcId;
    QString visaStatus;      // free text, e.g. "needs J-1 sponsorship"
    QString email;           // primary address
    QStringList otherEmails; // further own addresses (import decides direction by them)
    QString phone;
    QString signature;
    QString homeProgramName; // own institution's program, if any (signals.home_program)

    bool operator==(const ApplicantProfile &) const = default;
};

} // namespace rapport::core
