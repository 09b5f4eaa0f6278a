// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/compute/jsonscanner.h"

#include <QByteArray>

namespace OpenStack::Compute {

namespace {

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

int hex4(QByteArrayView raw, qsizetype at)
{
    if (at + 4 > raw.size())
        return -1;
    int v = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const char c = raw.at(i);
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    return v;
}

} // namespace

QString decodeJsonString(QByteArrayView raw, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(raw);
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '\\' || i + 1 >= raw.size()) {
            out += c;
            continue;
        }
        const char e = raw.at(++i);
        switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            int cp = hex4(raw, i + 1);
            if (cp < 0) {
                out += "\xef\xbf\xbd"; // U+FFFD for a broken escape
                break;
            }
            i += 4;
            if (cp >= 0xd800 && cp < 0xdc00 && i + 6 < raw.size() && raw.at(i + 1) == '\\' && raw.at(i + 2) == 'u') {
                const int low = hex4(raw, i + 3);
                if (low >= 0xdc00 && low < 0xe000) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    i += 6;
                }
            }
            appendUtf8(out, (cp >= 0xd800 && cp < 0xe000) ? 0xfffd : char32_t(cp));
            break;
        }
        default: out += e; break; // \" \\ \/
        }
    }
    return QString::fromUtf8(out);
}


} // namespace OpenStack::Compute
