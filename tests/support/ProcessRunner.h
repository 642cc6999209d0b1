#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dd::test {

// What a program printed and how it ended, as the CLI tests check it.
struct ProcessRun
{
    // -1: did not start or did not finish in time (then killed); -2: crashed.
    int exitCode = -1;
    QString out; // stdout as UTF-8 text
    QByteArray outBytes; // stdout as written (PDF, raw mail, iCalendar)
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(outBytes); }
};

struct ProcessOptions
{
    QByteArray input; // written to stdin, which is then closed
    // Variables set for the child on top of the test's environment; a null value removes one.
    QList<std::pair<QString, QString>> environment;
    int timeoutMs = 120000;
};

ProcessRun runProgram(const QString& program, const QStringList& arguments, const ProcessOptions& options = {});
// A program of this build by its target name ("dutydeskctl", "dutydesk-intake").
ProcessRun runBuilt(const QString& targetName, const QStringList& arguments, const ProcessOptions& options = {});

} // namespace dd::test
