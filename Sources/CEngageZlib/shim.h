// zlib for gzip-compressed inputs (Mastodon .tar.gz exports, .jsonl.gz captures). Debian: zlib1g-dev
// (ZIPFoundation needs it too). Only EngageIngest imports this module.
#ifndef ENGAGE_ZLIB_SHIM_H
#define ENGAGE_ZLIB_SHIM_H
#include <zlib.h>

/// inflateInit2 is a macro; Swift cannot call it.
static inline int engage_inflate_init(z_stream *stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
#endif
