#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dd {

// One readable sentence for the user, plus where it came from when that helps
// (a file line, a column). Core never throws across its API; it returns this.
struct Error
{
    QString message;
    int line = 0; // 1-based line of an input file, 0 when not applicable

    QString toString() const { return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(message) : message; }
};

// Value-or-error, the return type of every fallible core function. [[nodiscard]]: a
// dropped failure is a warning; ignore one only visibly (static_cast<void>) with the reason.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For functions that return nothing on success.
struct Done
{
};
using Status = Result<Done>;

} // namespace dd
