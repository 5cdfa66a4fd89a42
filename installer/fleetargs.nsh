; Fleet parameters of a silent install, read from the command line by hand.
;
; FileFunc's GetOptions ends a value at the next "/", so /BASEURL=https://host/api/order-api
; arrived as "https:". Here a value runs
;   - to the closing quote when it is quoted: /STATION="Station 3" or "/STATION=Station 3";
;   - otherwise up to the next switch of this installer (" /S", " /D=", " /BASEURL=",
;     " /STATION=", " /DESKTOP", " /NCRC", or a quoted one) or the end of the line,
;     so unquoted values may hold spaces and "/" (/STATION=Pack 3/Nord, /BASEURL=https://...).
; Switch names are matched without regard to case. Checked under wine by installer/wine_ci.sh
; (installer/wine/fleetargs_check.nsi runs this file against a table of command lines).
;
;   !insertmacro FleetArg $Params "/BASEURL=" $FleetBaseUrl $Found    ; $Found: "1" or "0"

!macro FleetArg PARAMS NAME OUTVAR FOUNDVAR
  Push `${PARAMS}`
  Push `${NAME}`
  Call FleetArg
  Pop ${FOUNDVAR}
  Pop ${OUTVAR}
!macroend

; Stack in: params, name (top). Stack out: value, found (top).
Function FleetArg
  Exch $1 ; name
  Exch
  Exch $0 ; params
  Push $2 ; position of the switch
  Push $3 ; length of params
  Push $4 ; length of name
  Push $5 ; scratch
  Push $6 ; "1" when the value is quoted
  Push $7 ; value
  Push $8 ; found
  Push $9 ; scan position
  Push $R9 ; scratch

  StrLen $3 $0
  StrLen $4 $1
  StrCpy $2 0
  StrCpy $7 ""
  StrCpy $8 "0"

  find:
    IntCmp $2 $3 done 0 done
    StrCpy $5 $0 $4 $2
    StrCmp $5 $1 0 find_next       ; StrCmp ignores case
    IntCmp $2 0 matched            ; a switch starts the line or follows a space or quote
    IntOp $9 $2 - 1
    StrCpy $5 $0 1 $9
    StrCmp $5 " " matched
    StrCmp $5 '"' matched
  find_next:
    IntOp $2 $2 + 1
    Goto find

  matched:
    StrCpy $8 "1"
    StrCpy $6 "0"
    IntCmp $2 0 no_outer_quote
    IntOp $9 $2 - 1
    StrCpy $5 $0 1 $9
    StrCmp $5 '"' 0 no_outer_quote
    StrCpy $6 "1"                  ; "/STATION=Station 3"
  no_outer_quote:
    IntOp $9 $2 + $4               ; first character of the value
    StrCpy $5 $0 1 $9
    StrCmp $5 '"' 0 value_start
    StrCpy $6 "1"                  ; /STATION="Station 3"
    IntOp $9 $9 + 1
  value_start:
    StrCpy $2 $9                   ; $2: start of the value from here on

  scan:
    IntCmp $9 $3 take 0 take
    StrCpy $5 $0 1 $9
    StrCmp $6 "1" 0 scan_unquoted
    StrCmp $5 '"' take scan_next
  scan_unquoted:
    StrCmp $5 " " 0 scan_next
    ; a space: does the next switch of this installer start after it?
    IntOp $5 $9 + 1
    StrCpy $5 $0 "" $5             ; the rest of the line after the space
    StrCmp $5 "" take
    StrCpy $R9 $5 2
    StrCmp $R9 '"/' take
    StrCmp $R9 "/S" 0 +4
      StrCpy $R9 $5 1 2
      StrCmp $R9 "" take
      StrCmp $R9 " " take
    StrCpy $R9 $5 3
    StrCmp $R9 "/D=" take
    StrCpy $R9 $5 9
    StrCmp $R9 "/BASEURL=" take
    StrCmp $R9 "/STATION=" take
    StrCpy $R9 $5 8
    StrCmp $R9 "/DESKTOP" take
    StrCpy $R9 $5 5
    StrCmp $R9 "/NCRC" take
  scan_next:
    IntOp $9 $9 + 1
    Goto scan

  take:
    IntOp $5 $9 - $2
    StrCpy $7 $0 $5 $2
  trim:                            ; trailing spaces of an unquoted value
    StrCpy $5 $7 1 -1
    StrCmp $5 " " 0 done
    StrCpy $7 $7 -1
    Goto trim

  done:
  StrCpy $0 $7
  StrCpy $1 $8
  Pop $R9
  Pop $9
  Pop $8
  Pop $7
  Pop $6
  Pop $5
  Pop $4
  Pop $3
  Pop $2
  Exch $0 ; value
  Exch
  Exch $1 ; found, on top
FunctionEnd
