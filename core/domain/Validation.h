#pragma once

#include "Result.h"

#include <QDate>

namespace rapport::core {

struct ApplicantProfile;
struct Communication;
struct Contact;
struct Program;
struct Season;
struct Template;

// Each returns the first problem found, naming the field and the value.
Status validate(const ApplicantProfile &profile);
Status validate(const Season &season);
Status validate(const Program &program);
Status validate(const Contact &contact);
Status validate(const Communication &communication);
Status validate(const Template &tmpl);

bool isEmailAddress(const QString &text);
// Dates Rapport accepts: 1990-01-01 to 2100-12-31, the years a season can
// hold; date fields in the window take the same range.
QDate earliestDate();
QDate latestDate();
bool isPlausibleDate(const QDate &date);

} // namespace rapport::core
