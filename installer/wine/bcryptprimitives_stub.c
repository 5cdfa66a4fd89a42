/* CI-only stand-in for Windows' bcryptprimitives.dll, which wine 8 lacks: Rust's std
 * (pydantic_core) imports ProcessPrng from it. Implemented with RtlGenRandom
 * (advapi32 SystemFunction036), which wine has. Copied into the wine prefix's system32
 * by installer/wine_ci.sh; never part of the product. */
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len > 0) {
    ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
    if (!SystemFunction036(data, chunk)) return FALSE;
    data += chunk; len -= chunk;
  }
  return TRUE;
}
