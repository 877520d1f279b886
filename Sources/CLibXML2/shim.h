#ifndef VERBATIM_CLIBXML2_SHIM_H
#define VERBATIM_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; <libxml/encoding.h> would then pull in
// the system ICU headers, which clash with Foundation's bundled ICU and make
// clean builds fail intermittently (see shared/PLATFORM.md). Include the
// version header first and switch the ICU part off before anything else.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>

// Swift 6 rejects touching the mutable C global `xmlFree` and cannot see the
// `xmlParserVersion` macro, so both are wrapped here.
static inline void verbatim_xmlFree(void *p) { xmlFree(p); }
static inline const char *verbatim_xmlParserVersion(void) { return xmlParserVersion; }

#endif
