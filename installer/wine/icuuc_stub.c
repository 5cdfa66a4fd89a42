/* CI-only stand-in for Windows' system icuuc.dll, which wine 8 lacks (real Windows 10
 * 1903+ has it in System32). Qt6Core imports these ucnv_* functions for QStringConverter's
 * extra codecs; every call reports "no converter", so Qt uses its built-in UTF-8/UTF-16/
 * Latin-1 codecs, which is all Packstation needs. Copied into the wine prefix's
 * system32 by installer/wine_ci.sh; never part of the product. */
#include <stddef.h>
#include <stdint.h>
#define API __declspec(dllexport)
typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4
API void *ucnv_open(const char *name, UErrorCode *err) { (void)name; if (err) *err = U_FILE_ACCESS_ERROR; return NULL; }
API void ucnv_close(void *c) { (void)c; }
API void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
API void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
API void ucnv_reset(void *c) { (void)c; }
API int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
API const char *ucnv_getName(const void *c, UErrorCode *err) { (void)c; if (err) *err = U_FILE_ACCESS_ERROR; return ""; }
API void ucnv_getToUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
API void ucnv_getFromUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
API void ucnv_setToUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *err) { (void)c; (void)n; (void)nc; (void)o; (void)oc; if (err) *err = U_FILE_ACCESS_ERROR; }
API void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *err) { (void)c; (void)n; (void)nc; (void)o; (void)oc; if (err) *err = U_FILE_ACCESS_ERROR; }
API void ucnv_cbToUWriteUChars(void *a, const void *s, int32_t l, int32_t o, UErrorCode *err) { (void)a; (void)s; (void)l; (void)o; if (err) *err = U_FILE_ACCESS_ERROR; }
API void ucnv_cbFromUWriteUChars(void *a, const void **s, const void *sl, int32_t o, UErrorCode *err) { (void)a; (void)s; (void)sl; (void)o; if (err) *err = U_FILE_ACCESS_ERROR; }
API void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (err) *err = U_FILE_ACCESS_ERROR; }
API void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (err) *err = U_FILE_ACCESS_ERROR; }
API int32_t ucnv_toUCountPending(const void *c, UErrorCode *err) { (void)c; (void)err; return 0; }
API int32_t ucnv_fromUCountPending(const void *c, UErrorCode *err) { (void)c; (void)err; return 0; }
API const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *err) { (void)n; (void)s; if (err) *err = U_FILE_ACCESS_ERROR; return NULL; }
API const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
API int32_t ucnv_countAvailable(void) { return 0; }
