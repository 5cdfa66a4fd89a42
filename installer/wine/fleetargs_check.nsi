; CI check of installer/fleetargs.nsh (run by installer/wine_ci.sh under wine): a tiny
; silent "installer" that parses its own command line the way packstation.nsi does and
; writes what it found to the file named by /OUT=... (UTF-16 LE, one value per line).
Unicode true
RequestExecutionLevel user
SilentInstall silent
OutFile "${OUTFILE}"
!include "FileFunc.nsh"
!include "..\fleetargs.nsh"

Section
  ${GetParameters} $0
  ${GetOptions} $0 "/OUT=" $1
  !insertmacro FleetArg $0 "/BASEURL=" $2 $3
  !insertmacro FleetArg $0 "/STATION=" $4 $5
  FileOpen $9 $1 w
  FileWriteWord $9 0xFEFF
  FileWriteUTF16LE $9 "found=$3$\r$\nbase_url=[$2]$\r$\nfound=$5$\r$\nstation=[$4]$\r$\n"
  FileClose $9
SectionEnd
