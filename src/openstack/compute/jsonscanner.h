// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <charconv>
#include <cstring>

namespace OpenStack::Compute {

// A forward-only reader over JSON bytes. Every method fails (and stays failed, at the offset of
// the first problem) on input that is not JSON, so a truncated reply is never half a table.
class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView body)
        : m_begin(body.data())
        , m_p(m_begin)
        , m_end(m_begin + body.size())
    {
    }

    bool failed() const { return m_failed; }
    qsizetype failOffset() const { return m_failOffset; }
    const char *problem() const { return m_problem; }

    bool fail(const char *problem)
    {
        if (!m_failed) {
            m_failed = true;
            m_failOffset = m_p - m_begin;
            m_problem = problem;
        }
        m_p = m_end;
        return false;
    }

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    char peek()
    {
        ws();
        return m_p < m_end ? *m_p : '\0';
    }
    bool atEnd()
    {
        ws();
        return m_p >= m_end;
    }
    bool expect(char c)
    {
        ws();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return fail(m_p >= m_end ? QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "unexpected end")
                                 : QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "unexpected character"));
    }

    // The next member of an object whose '{' was consumed: false at its '}' (or on failure).
    bool member(QByteArrayView *key, bool *first)
    {
        if (peek() == '}') {
            ++m_p;
            return false;
        }
        if (!*first && !expect(','))
            return false;
        *first = false;
        bool escaped = false;
        if (peek() != '"' || !string(key, &escaped))
            return fail(QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "a member name is missing"));
        return expect(':');
    }
    // The next element of an array whose '[' was consumed: false at its ']' (or on failure).
    bool element(bool *first)
    {
        if (peek() == ']') {
            ++m_p;
            return false;
        }
        if (!*first && !expect(','))
            return false;
        *first = false;
        if (m_p >= m_end)
            return fail(QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "unexpected end"));
        return true;
    }

    // At '"': the raw bytes between the quotes; `escaped` when they hold a backslash sequence.
    // Members and values of a Nova reply are short, so one pass over the bytes beats library calls.
    bool string(QByteArrayView *raw, bool *escaped)
    {
        ++m_p;
        const char *start = m_p;
        const char *s = start;
        bool sawEscape = false;
        while (s < m_end) {
            const char c = *s;
            if (c == '"') {
                *raw = QByteArrayView(start, s - start);
                *escaped = sawEscape;
                m_p = s + 1;
                return true;
            }
            if (c == '\\') {
                sawEscape = true;
                s += 2;
            } else {
                ++s;
            }
        }
        return fail(QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "unterminated string"));
    }

    bool number(double *out)
    {
        ws();
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        const char *digits = m_p;
        while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E'
                               || ((*m_p == '+' || *m_p == '-') && (m_p[-1] == 'e' || m_p[-1] == 'E'))))
            ++m_p;
        if (m_p == digits || *digits < '0' || *digits > '9')
            return fail(QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "malformed number"));
        const auto [end, ec] = std::from_chars(start, m_p, *out);
        if (ec != std::errc() || end != m_p)
            return fail(QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "malformed number"));
        return true;
    }

    bool literal(const char *word, qsizetype length)
    {
        if (m_end - m_p < length || std::memcmp(m_p, word, size_t(length)) != 0)
            return fail(QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "unexpected character"));
        m_p += length;
        return true;
    }

    // Skips one value of any kind, checking it is well formed.
    bool skip(int depth = 0)
    {
        if (depth > 256)
            return fail(QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "nested too deeply"));
        switch (peek()) {
        case '"': {
            QByteArrayView raw;
            bool escaped = false;
            return string(&raw, &escaped);
        }
        case '{': {
            ++m_p;
            bool first = true;
            QByteArrayView key;
            while (member(&key, &first)) {
                if (!skip(depth + 1))
                    return false;
            }
            return !m_failed;
        }
        case '[': {
            ++m_p;
            bool first = true;
            while (element(&first)) {
                if (!skip(depth + 1))
                    return false;
            }
            return !m_failed;
        }
        case 't':
            return literal("true", 4);
        case 'f':
            return literal("false", 5);
        case 'n':
            return literal("null", 4);
        case '\0':
            return fail(QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "unexpected end"));
        default: {
            double ignored = 0;
            return number(&ignored);
        }
        }
    }

private:
    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const char *m_problem = nullptr;
    qsizetype m_failOffset = 0;
    bool m_failed = false;
};


// A member name against a literal, its length known at compile time (QByteArrayView's own
// comparison measures the literal and compares out of line, on every member of every server).
template <qsizetype N>
inline bool keyIs(QByteArrayView key, const char (&literal)[N])
{
    return key.size() == N - 1 && std::memcmp(key.data(), literal, N - 1) == 0;
}

// The text of a string's raw bytes (between the quotes); `escaped` when they hold backslashes.
QString decodeJsonString(QByteArrayView raw, bool escaped);

} // namespace OpenStack::Compute
