#pragma once

#include "core/util/DatabaseLocation.h"
#include "core/util/Result.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dd {

// The first start of the console: try the demo (marked DEMO wherever it shows), connect
// to the team's shared database (the password goes to the keychain), or start empty.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Demo, Shared, Empty };
    // Opens `location` with `password` and reports whether it works (the program passes
    // the real check; tests their own).
    using ConnectionTest = std::function<Status(const DatabaseLocation& location, const QString& password)>;

    explicit FirstRunDialog(ConnectionTest test, QWidget* parent = nullptr);

    Choice choice() const;
    // For Shared: the database and its password.
    DatabaseLocation location() const { return m_location; }
    QString password() const;

public slots:
    void accept() override;

private:
    bool testConnection();

    ConnectionTest m_test;
    QButtonGroup* m_choices;
    QLineEdit* m_url;
    QLineEdit* m_password;
    QPushButton* m_testButton;
    QLabel* m_result;
    DatabaseLocation m_location;
    bool m_tested = false;
};

} // namespace dd
