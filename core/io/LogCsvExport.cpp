#include "LogCsvExport.h"

#include "CsvWriter.h"

#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"

#include <QHash>

namespace rapport::core {

QStringList LogCsvExport::columns()
{
    return {QStringLiteral("id"),       QStringLiteral("at"),      QStringLiteral("program_id"),
            QStringLiteral("program"),  QStringLiteral("contact"), QStringLiteral("direction"),
            QStringLiteral("channel"),  QStringLiteral("kind"),    QStringLiteral("kind_guessed"),
            QStringLiteral("state"),    QStringLiteral("subject"), QStringLiteral("body"),
            QStringLiteral("template"), QStringLiteral("source"),  QStringLiteral("message_id")};
}

Result<QByteArray> LogCsvExport::write(Database &db, std::optional<qint64> programId, int *count)
{
    auto programs = ProgramRepository(db).all();
    if (!programs)
        return programs.error();
    QHash<qint64, QString> programNames;
    for (const Program &p : *programs)
        programNames.insert(p.id, p.name);
    if (programId && !programNames.contains(*programId))
        return fail(QStringLiteral("there is no program with id %1").arg(*programId));
    auto contacts = ContactRepository(db).all();
    if (!contacts)
        return contacts.error();
    QHash<qint64, QString> contactNames;
    for (const Contact &c : *contacts)
        contactNames.insert(c.id, c.title.isEmpty() ? c.fullName()
                                                    : c.title + QLatin1Char(' ') + c.fullName());

    CommunicationFilter filter;
    filter.programId = programId;
    auto entries = CommunicationRepository(db).list(filter);
    if (!entries)
        return entries.error();

    QList<QStringList> rows{columns()};
    for (const Communication &c : *entries) {
        rows << QStringList{QString::number(c.id),
                            c.at.toString(Qt::ISODate),
                            QString::number(c.programId),
                            programNames.value(c.programId),
                            c.contactId ? contactNames.value(*c.contactId) : QString(),
                            toString(c.direction),
                            toString(c.channel),
                            toString(c.kind),
                            c.kindGuessed ? QStringLiteral("yes") : QStringLiteral("no"),
                            toString(c.state),
                            c.subject,
                            c.body,
                            c.templateName,
                            toString(c.source),
                            c.messageId};
    }
    if (count)
        *count = int(rows.size()) - 1;
    return CsvWriter::document(rows);
}

} // namespace rapport::core
