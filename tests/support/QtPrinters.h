#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <gtest/gtest.h>

#include <ostream>

// GoogleTest finds these by argument-dependent lookup, so Qt values print as
// text in failure messages instead of as raw bytes.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QByteArray &b, std::ostream *os)
{
    *os << b.toHex().toStdString();
}

inline void PrintTo(const QDate &d, std::ostream *os)
{
    *os << d.toString(Qt::ISODate).toStdString();
}

inline void PrintTo(const QDateTime &t, std::ostream *os)
{
    *os << t.toString(Qt::ISODateWithMs).toStdString();
}

inline void PrintTo(const QVariant &v, std::ostream *os)
{
    *os << (v.isNull() ? std::string("NULL") : v.toString().toStdString());
}

namespace rapport::test {

// EXPECT_TRUE(contains(error, "damaged")): the failure shows the whole text.
inline ::testing::AssertionResult contains(const QString &text, const QString &part)
{
    if (text.contains(part, Qt::CaseInsensitive))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << '"' << text.toStdString() << "\" does not contain \"" << part.toStdString() << '"';
}

inline ::testing::AssertionResult contains(const QString &text, const char *part)
{
    return contains(text, QString::fromUtf8(part));
}

} // namespace rapport::test
