#include "Output.h"

#include "Context.h"

#include <QJsonValue>

namespace rapport::cli {

QJsonObject findingToJson(const core::Finding &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), f.rule);
    o.insert(QStringLiteral("severity"), core::toString(f.severity));
    o.insert(QStringLiteral("message"), f.message());
    o.insert(QStringLiteral("guidance"), f.guidance);
    o.insert(QStringLiteral("program_id"),
             f.programId ? QJsonValue(*f.programId) : QJsonValue(QJsonValue::Null));
    const auto comm = f.communicationId();
    o.insert(QStringLiteral("communication_id"),
             comm ? QJsonValue(*comm) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("acknowledged"), f.acknowledged);
    // Wording rules: the sentence, where it is, and which layer found it.
    if (!f.sentence().isEmpty()) {
        o.insert(QStringLiteral("sentence"), f.sentence());
        if (f.span()) {
            o.insert(QStringLiteral("span"),
                     QJsonObject{{QStringLiteral("field"), f.span()->inSubject
                                                               ? QStringLiteral("subject")
                                                               : QStringLiteral("body")},
                                 {QStringLiteral("start"), f.span()->start},
                                 {QStringLiteral("length"), f.span()->length}});
        }
        o.insert(QStringLiteral("detected_by"), f.detectedBy());
    }
    return o;
}

QJsonArray findingsToJson(const QList<core::Finding> &findings)
{
    QJsonArray array;
    for (const core::Finding &f : findings)
        array.append(findingToJson(f));
    return array;
}

void printFindingsText(Context &ctx, const QList<core::Finding> &findings)
{
    QTextStream &out = ctx.out();
    if (findings.isEmpty()) {
        out << "No findings.\n";
        return;
    }
    for (const core::Finding &f : findings) {
        out << core::toString(f.severity).toUpper() << "  " << f.rule;
        QStringList where;
        if (f.programId)
            where << QStringLiteral("program %1").arg(*f.programId);
        if (const auto comm = f.communicationId())
            where << QStringLiteral("entry %1").arg(*comm);
        if (!where.isEmpty())
            out << "  (" << where.join(QStringLiteral(", ")) << ")";
        if (f.acknowledged)
            out << "  [acknowledged]";
        if (!f.detectedBy().isEmpty())
            out << "  [" << f.detectedBy() << "]";
        out << "\n    " << f.message() << "\n";
        if (!f.guidance.isEmpty())
            out << "    Why: " << f.guidance << "\n";
    }
}

void printFindings(Context &ctx, const QList<core::Finding> &findings)
{
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("findings"), findingsToJson(findings)}});
        return;
    }
    printFindingsText(ctx, findings);
    ctx.out().flush();
}

void printCreated(Context &ctx, const QString &what, qint64 id,
                  const QList<core::Finding> &findings)
{
    if (ctx.json()) {
        ctx.printJson(
            {{QStringLiteral("id"), id}, {QStringLiteral("findings"), findingsToJson(findings)}});
        return;
    }
    ctx.out() << what << " " << id << "\n";
    if (!findings.isEmpty())
        printFindingsText(ctx, findings);
    ctx.out().flush();
}

} // namespace rapport::cli
