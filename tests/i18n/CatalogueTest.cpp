// The catalogues against the sources: lupdate finds nothing that
// translations/rapport_en.ts lacks, and Spanish translates all of it.

#include "TsFile.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

#include <algorithm>

namespace rapport::test {
namespace {

const QString kRefresh =
    QStringLiteral("refresh the catalogues: cmake --build build --target update_translations "
                   "(docs/translating.md)");

QList<TsMessage> catalogue(const char *name)
{
    QString error;
    auto messages =
        readTs(QStringLiteral(RAPPORT_TRANSLATIONS_DIR "/") + QLatin1String(name), &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return messages;
}

QSet<QString> keys(const QList<TsMessage> &messages)
{
    QSet<QString> out;
    for (const TsMessage &m : messages)
        out.insert(m.key());
    return out;
}

// Listed one a line, so a failure says which strings to look at.
std::string listed(const QStringList &lines)
{
    return QString(QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "))).toStdString();
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:[1-9]|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.removeDuplicates();
    out.sort();
    return out;
}

TEST(Catalogue, EverySourceStringIsInTheEnglishCatalogue)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("rapport_en.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(RAPPORT_LUPDATE),
                  QStringList{RAPPORT_LUPDATE_OPTIONS}
                      << QStringLiteral("@" RAPPORT_LUPDATE_SOURCES) << QStringLiteral("-ts")
                      << fresh);
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAll().toStdString();

    QString error;
    const QList<TsMessage> found = readTs(fresh, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_GT(found.size(), 500);
    const QSet<QString> known = keys(catalogue("rapport_en.ts"));
    QStringList missing;
    for (const TsMessage &m : found) {
        if (!known.contains(m.key()))
            missing << m.describe();
    }
    EXPECT_TRUE(missing.isEmpty())
        << missing.size() << " source strings are not in "
        << "translations/rapport_en.ts; " << kRefresh.toStdString() << ":" << listed(missing);
}

TEST(Catalogue, SpanishHasTheSameStringsAsEnglish)
{
    const QSet<QString> english = keys(catalogue("rapport_en.ts"));
    const QSet<QString> spanish = keys(catalogue("rapport_es.ts"));
    QStringList missing;
    for (const TsMessage &m : catalogue("rapport_en.ts")) {
        if (!spanish.contains(m.key()))
            missing << m.describe();
    }
    QStringList extra;
    for (const TsMessage &m : catalogue("rapport_es.ts")) {
        if (!english.contains(m.key()))
            extra << m.describe();
    }
    EXPECT_TRUE(missing.isEmpty())
        << "not in rapport_es.ts; " << kRefresh.toStdString() << ":" << listed(missing);
    EXPECT_TRUE(extra.isEmpty()) << "only in rapport_es.ts; " << kRefresh.toStdString() << ":"
                                 << listed(extra);
}

TEST(Catalogue, SpanishIsFinished)
{
    QStringList unfinished;
    for (const TsMessage &m : catalogue("rapport_es.ts")) {
        const bool empty =
            m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                                    [](const QString &t) { return t.isEmpty(); });
        if (m.unfinished || empty)
            unfinished << m.describe();
    }
    EXPECT_TRUE(unfinished.isEmpty()) << unfinished.size()
                                      << " strings still need a Spanish translation (or are "
                                         "marked unfinished) in translations/rapport_es.ts:"
                                      << listed(unfinished);
}

// What lrelease built into the program, not only what the .ts says.
TEST(Catalogue, SpanishBuildCoversEverySourceString)
{
    QTranslator spanish;
    ASSERT_TRUE(spanish.load(QStringLiteral(":/i18n/rapport_es.qm")));
    QStringList uncovered;
    for (const TsMessage &m : catalogue("rapport_en.ts")) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        for (const int n : m.numerus ? QList<int>{1, 2, 5} : QList<int>{-1}) {
            if (spanish
                    .translate(context, source, comment.isEmpty() ? nullptr : comment.constData(),
                               n)
                    .isEmpty())
                uncovered << m.describe() + QStringLiteral(" n=%1").arg(n);
        }
    }
    EXPECT_TRUE(uncovered.isEmpty()) << "rapport_es.qm does not translate:" << listed(uncovered);
}

TEST(Catalogue, SpanishKeepsThePlaceholders)
{
    QStringList wrong;
    for (const TsMessage &m : catalogue("rapport_es.ts")) {
        const QStringList wanted = placeholders(m.source);
        for (qsizetype i = 0; i < m.translations.size(); ++i) {
            QStringList have = placeholders(m.translations.at(i));
            QStringList want = wanted;
            // "Una" for one: the singular may spell the number out.
            if (m.numerus && i == 0) {
                have.removeAll(QStringLiteral("%n"));
                want.removeAll(QStringLiteral("%n"));
            }
            if (have != want)
                wrong << m.describe() + QStringLiteral(" -> \"") + m.translations.at(i) +
                             QLatin1Char('"');
        }
    }
    EXPECT_TRUE(wrong.isEmpty()) << "placeholders differ from the source:" << listed(wrong);
}

TEST(Catalogue, EnglishSpellsOutEveryPlural)
{
    QStringList unspelt;
    for (const TsMessage &m : catalogue("rapport_en.ts")) {
        if (m.numerus &&
            (m.unfinished || m.translations.size() != 2 || m.translations.contains(QString())))
            unspelt << m.describe();
    }
    EXPECT_TRUE(unspelt.isEmpty())
        << "%n strings need their English singular and plural in rapport_en.ts:" << listed(unspelt);
}

// A helper tr() passes its context at run time; lupdate files the strings
// under the name of the scope it sees. Both must agree.
TEST(Catalogue, HelperContextsAreTheCataloguesContexts)
{
    QSet<QString> contexts;
    for (const TsMessage &m : catalogue("rapport_en.ts"))
        contexts.insert(m.context);
    static const QRegularExpression helper(
        QStringLiteral(R"re(translate\("([^"]+)",\s*(?:text|source)\b)re"));
    QStringList wrong;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(RAPPORT_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(file.readAll());
            for (auto m = helper.globalMatch(code); m.hasNext();) {
                const QString context = m.next().captured(1);
                if (!contexts.contains(context))
                    wrong << file.fileName() + QStringLiteral(": \"") + context + QLatin1Char('"');
            }
        }
    }
    EXPECT_TRUE(wrong.isEmpty()) << "helper contexts no catalogue has:" << listed(wrong);
}

} // namespace
} // namespace rapport::test
