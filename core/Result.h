#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace nm {

// What went wrong, as a value: the UI and the command-line tool decide how to show it.
enum class ErrorCode
{
    InvalidInput,
    NotFound,
    Duplicate,
    Ambiguous,
    Conflict,
    InvalidState,
    InsufficientCredit,
    LimitReached,
    ResidencyNotMet,
    TermsNotAccepted,
    DatabaseBusy,
    DatabaseReadOnly,
    DatabaseNewer,
    NotADatabase,
    DatabaseDamaged,
    DiskFull,
    ConnectionLost, // the database server cannot be reached
    PermissionDenied, // the server refused: a viewer, or not the owner
    DatabaseError,
    IoError,
    Cancelled,
};

struct Error
{
    ErrorCode code = ErrorCode::DatabaseError;
    QString message; // already translated, complete sentence(s)
    QString field; // the offending field (e.g. "email"), empty when not about one field
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }

    const Error& error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace nm
