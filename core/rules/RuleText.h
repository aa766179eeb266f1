#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rapport::core {

struct Contact;

// Wording shared by the rules' messages, translatable through tr().
class RuleText final
{
    Q_DECLARE_TR_FUNCTIONS(RuleText)

public:
    static QString ordinal(int n);
    static QString date(const QDateTime &at);
    static QString dateTime(const QDateTime &at);
    static QString quote(const QString &snippet);
    static QString kind(Kind k);
    static QString person(const Contact *contact);
};

} // namespace rapport::core
