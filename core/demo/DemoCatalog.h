#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dd {

// The fixed part of the demo data: people, clients with their projects, and request
// subjects per category. Subjects contain no '"' or '\' so the generator can write
// them into JSON without escaping.
class DemoCatalog
{
public:
    struct Person
    {
        const char* login;
        const char* fullName;
        QStringList roles;
    };
    struct DemoProject
    {
        const char* code;
        const char* name;
        const char* shortName; // what the queue and the project tree show
        const char* site;
        const char* tariff;
    };
    struct DemoClient
    {
        const char* name;
        const char* email;
        const char* trustedEmail;
        const char* trustedPerson;
        std::vector<DemoProject> projects;
    };
    struct Subject
    {
        const char* category;
        const char* text;
    };

    static const std::vector<Person>& people();
    static const std::vector<DemoClient>& clients();
    static const std::vector<Subject>& emergencySubjects();
    static const std::vector<Subject>& standardSubjects();
    static const std::vector<Subject>& outOfScopeSubjects();
    static const std::vector<Subject>& developmentSubjects();
};

} // namespace dd
