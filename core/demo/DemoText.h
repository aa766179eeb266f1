#pragma once

#include "domain/Enums.h"

#include <QRandomGenerator>
#include <QString>

namespace rapport::core::demo {

struct Letter
{
    QString subject;
    QString body;
};

struct LetterContext
{
    QString salutation; // "Dr. Lopez"
    QString program;    // program name
    QString city;
    QString interest;     // e.g. "head and neck oncology"
    QString interviewDay; // "December 5"
    QString signature;
};

// Varied, plausible message texts for the demo season; each kind draws its
// sentences from several variants, so no two programs get the same letter.
Letter outgoingLetter(Kind kind, const LetterContext &ctx, QRandomGenerator &rng);
Letter incomingLetter(Kind kind, const LetterContext &ctx, QRandomGenerator &rng);

// The program's automatic acknowledgement of an application.
Letter applicationReceived(const LetterContext &ctx);

// Texts that break a rule on purpose (the demo shows every check at work).
Letter breachLetter(const QString &rule, const LetterContext &ctx);

QString subspecialty(QRandomGenerator &rng);

} // namespace rapport::core::demo
