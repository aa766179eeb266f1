#pragma once

#include "domain/Finding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace rapport::cli {

class Context;

QJsonObject findingToJson(const core::Finding &finding);
QJsonArray findingsToJson(const QList<core::Finding> &findings);

// {"findings": [...]} in JSON, one block per finding in text.
void printFindings(Context &ctx, const QList<core::Finding> &findings);
// Text form only: the findings, or a line saying there are none.
void printFindingsText(Context &ctx, const QList<core::Finding> &findings);
// {"id": N, "findings": [...]} in JSON, "created N" and the findings in text.
void printCreated(Context &ctx, const QString &what, qint64 id,
                  const QList<core::Finding> &findings);

} // namespace rapport::cli
