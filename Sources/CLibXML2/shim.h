#ifndef ENGAGE_CLIBXML2_SHIM_H
#define ENGAGE_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU; Foundation on Linux carries its own ICU module, and the two
   definitions of UErrorCode clash in clean builds. Include xmlversion.h first and switch ICU off. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>
#include <libxml/entities.h>
#include <libxml/uri.h>

/* xmlFree is a mutable global function pointer: Swift 6 refuses to touch it. */
static inline void engage_xmlFree(void *p) { xmlFree(p); }

#endif
