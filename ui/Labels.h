#pragma once

#include "domain/Enums.h"
#include "rules/QuotaTally.h"

#include <QColor>
#include <QString>

namespace rapport::ui {

// Translated, human labels for the canonical identifiers: the one place the
// window turns an enum into words.
namespace labels {

QString direction(core::Direction v);
QString channel(core::Channel v);
QString kind(core::Kind v);
QString status(core::ProgramStatus v);
QString policy(core::CommunicationPolicy v);
QString visa(core::VisaSponsorship v);
QString role(core::ContactRole v);
QString severity(core::Severity v);
QString state(core::CommState v);
QString tristate(core::Tristate v);
QString quota(core::Quota v);      // short: "Pre-interview", "Thank-you", "Updates", …
QString quotaTitle(core::Quota v); // "Pre-interview interest and update emails", …

// Severity colours, readable on light and dark palettes.
QColor severityColor(core::Severity v);

// Every value of E with its label, in canonical order, for combo boxes.
template <typename E> QList<QPair<E, QString>> all();

} // namespace labels
} // namespace rapport::ui
