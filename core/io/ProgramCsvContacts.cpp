#include "ProgramCsvContacts.h"

#include <QRegularExpression>

namespace rapport::core::csvcontacts {
namespace {

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QString roleLabel(ContactRole role)
{
    switch (role) {
    case ContactRole::ProgramDirector: return QStringLiteral("Program Director");
    case ContactRole::ProgramCoordinator: return QStringLiteral("Program Coordinator");
    default: return QStringLiteral("Contact");
    }
}

} // namespace

void assignName(Contact &c, const QString &text)
{
    static const QRegularExpression title(
        QStringLiteral(R"(^(dr|prof|professor|ms|mrs|mr|mx)\.?\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString rest = text.section(QLatin1Char(','), 0, 0).simplified();
    if (const auto m = title.match(rest); m.hasMatch()) {
        const QString word = m.captured(1).toLower();
        c.title = word == QLatin1String("professor") || word == QLatin1String("prof")
                      ? QStringLiteral("Prof.")
                      : word.at(0).toUpper() + word.mid(1) + QLatin1Char('.');
        rest = rest.mid(m.capturedLength());
    }
    // The last word is the last name, with the particles before it
    // ("de Vries", "van der Berg").
    static const QStringList particles = {
        QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("della"),
        QStringLiteral("der"), QStringLiteral("di"),  QStringLiteral("da"),
        QStringLiteral("dos"), QStringLiteral("du"),  QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("van"), QStringLiteral("von")};
    const QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype last = words.size() - 1;
    while (last > 1 && particles.contains(words.at(last - 1)))
        --last;
    c.firstName = words.mid(0, qMax<qsizetype>(last, 0)).join(QLatin1Char(' '));
    c.lastName = words.mid(qMax<qsizetype>(last, 0)).join(QLatin1Char(' '));
}

qsizetype match(const QList<Contact> &stored, const Contact &given)
{
    if (!given.email.isEmpty()) {
        for (qsizetype i = 0; i < stored.size(); ++i) {
            if (stored.at(i).email.compare(given.email, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    // The same person with a new address: the address is updated.
    if (given.lastName.isEmpty())
        return -1;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const Contact &c = stored.at(i);
        if (c.role == given.role && folded(c.lastName) == folded(given.lastName) &&
            (given.firstName.isEmpty() || folded(c.firstName) == folded(given.firstName)))
            return i;
    }
    return -1;
}

namespace {

Contact updated(const Contact &stored, const Contact &given)
{
    Contact out = stored;
    if (!given.lastName.isEmpty()) {
        out.firstName = given.firstName;
        out.lastName = given.lastName;
        if (!given.title.isEmpty())
            out.title = given.title;
    }
    if (!given.email.isEmpty())
        out.email = given.email;
    out.role = given.role;
    return out;
}

// A contact with an address but no name is named after its role, so that
// mail from that address still finds its program.
Contact named(const Contact &given)
{
    Contact out = given;
    if (out.firstName.isEmpty() && out.lastName.isEmpty())
        out.lastName = roleLabel(out.role);
    return out;
}

} // namespace

QList<Contact> changes(QList<Contact> &stored, const QList<Contact> &people, qint64 programId)
{
    QList<Contact> out;
    for (const Contact &given : people) {
        const qsizetype i = match(stored, given);
        if (i < 0) {
            Contact added = named(given);
            added.programId = programId;
            stored << added;
            out << added;
            continue;
        }
        const Contact changed = updated(stored.at(i), given);
        if (changed == stored.at(i))
            continue;
        stored[i] = changed;
        out << changed;
    }
    return out;
}

} // namespace rapport::core::csvcontacts
