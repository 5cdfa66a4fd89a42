; Packstation installer (NSIS 3, MUI2). Per-machine install, upgrade in place, silent
; fleet roll-out. Compiles on Windows (choco install nsis) and on Debian (apt install nsis).
;
;   makensis -WX /DVERSION=0.1.0 /DVERSION_QUAD=0.1.0.0 ^
;       /DPAYLOAD=..\build\installer\dist\Packstation installer\packstation.nsi
;
; Defines (all passed with /D; VERSION comes from packstation/__init__.py through
; installer/requirements.py --version / --version-quad, never typed by hand):
;   VERSION       0.1.0      shown to people, written to Add/Remove Programs
;   VERSION_QUAD  0.1.0.0    VIProductVersion (Windows needs four numbers)
;   PAYLOAD       folder holding packstation.exe, packstation-console.exe, _internal\
;   OUTFILE       installer path (default Packstation-VERSION-setup.exe next to this file)
;   SIGN_SCRIPT   optional: a PowerShell script that signs "%1" (installer + uninstaller)
;   COMPRESSOR    optional: SetCompressor arguments (default /SOLID lzma)
;
; Silent install for IT (see docs/install-windows.md):
;   Packstation-0.1.0-setup.exe /S /BASEURL=https://shop.centra.com/api/order-api /STATION="Station 3" [/DESKTOP] [/D=C:\Apps\Packstation]
; (values may be quoted or not, and may hold spaces, "/" and any letters: fleetargs.nsh)
; Silent uninstall (keeps settings, logs, outbox and audit log unless /PURGE is given):
;   "C:\Program Files\Packstation\uninstall.exe" /S [/PURGE]

Unicode true
ManifestDPIAware true
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"  ; installer/wine_ci.sh passes zlib: faster, same check
!endif
SetCompressor ${COMPRESSOR}

!ifndef VERSION
  !error "Pass /DVERSION=X.Y.Z (python installer/requirements.py --version)"
!endif
!ifndef VERSION_QUAD
  !error "Pass /DVERSION_QUAD=X.Y.Z.0 (python installer/requirements.py --version-quad)"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\build\installer\dist\Packstation"
!endif
!ifndef OUTFILE
  !define OUTFILE "Packstation-${VERSION}-setup.exe"
!endif

!define APP_NAME "Packstation"
!define PUBLISHER "Packstation"
!define APP_EXE "packstation.exe"
!define REG_APP "Software\Packstation"
!define REG_UNINST "Software\Microsoft\Windows\CurrentVersion\Uninstall\Packstation"

!ifdef SIGN_SCRIPT
  ; Sign the uninstaller as it is written into the installer, then the installer itself.
  !uninstfinalize 'powershell -NoProfile -ExecutionPolicy Bypass -File "${SIGN_SCRIPT}" "%1"' = 0
  !finalize 'powershell -NoProfile -ExecutionPolicy Bypass -File "${SIGN_SCRIPT}" "%1"' = 0
!endif

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"
!include "fleetargs.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel admin
InstallDir "$PROGRAMFILES64\${APP_NAME}"
; Upgrade in place: .onInit reads the folder the previous install used from the 64-bit
; registry view (InstallDirRegKey would read the 32-bit view of this 32-bit installer).
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"

Var FleetBaseUrl
Var FleetStation
Var Purge

!define MUI_ABORTWARNING
; The icon is drawn by installer/make_icon.py (resources/packstation.ico, committed).
!define MUI_ICON "../resources/packstation.ico"
!define MUI_UNICON "../resources/packstation.ico"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

; ---------------------------------------------------------------- install


; Refuse to overwrite a running copy: a half-replaced _internal folder would not start.
; Windows lets a running exe be renamed but not opened for writing, so try the latter.
!macro _CheckNotRunning EXE
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    ClearErrors
    FileOpen $R0 "$INSTDIR\${EXE}" a
    ${If} ${Errors}
      StrCpy $R1 "1"
    ${Else}
      FileClose $R0
    ${EndIf}
  ${EndIf}
!macroend

Function EnsureNotRunning
  retry:
  StrCpy $R1 "0"
  !insertmacro _CheckNotRunning "${APP_EXE}"
  !insertmacro _CheckNotRunning "packstation-console.exe"
  ${If} $R1 == "1"
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
      "${APP_NAME} is running on this PC. Close it, then press Retry." \
      /SD IDCANCEL IDRETRY retry
    SetErrorLevel 4
    Abort "${APP_NAME} is running; nothing was changed."
  ${EndIf}
FunctionEnd

Function WriteFleetIni
  ${If} $FleetBaseUrl == ""
  ${AndIf} $FleetStation == ""
    Return  ; an upgrade without parameters keeps what IT set before
  ${EndIf}
  CreateDirectory "$APPDATA\${APP_NAME}"
  ${IfNot} ${FileExists} "$APPDATA\${APP_NAME}\fleet.ini"
    ; A UTF-16 LE BOM makes WritePrivateProfileString keep Unicode (station "Packbord Åre").
    FileOpen $R0 "$APPDATA\${APP_NAME}\fleet.ini" w
    FileWriteWord $R0 0xFEFF
    FileClose $R0
  ${EndIf}
  ${If} $FleetBaseUrl != ""
    WriteINIStr "$APPDATA\${APP_NAME}\fleet.ini" "fleet" "base_url" $FleetBaseUrl
  ${EndIf}
  ${If} $FleetStation != ""
    WriteINIStr "$APPDATA\${APP_NAME}\fleet.ini" "fleet" "station" $FleetStation
  ${EndIf}
  FlushINI "$APPDATA\${APP_NAME}\fleet.ini"
FunctionEnd

Function SecureMachineDir
  ; %ProgramData%\Packstation holds fleet.ini, station.ini (the supervisor-only
  ; settings, docs/station.md) and ledger.log: every user may read, only administrators
  ; and SYSTEM may write. Built-in SIDs, so this works in every Windows language.
  CreateDirectory "$APPDATA\${APP_NAME}"
  nsExec::ExecToLog 'icacls "$APPDATA\${APP_NAME}" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX'
  Pop $R0
  ; The station ledger (wrong PINs, lockouts, the audit log's head; docs/station.md):
  ; Users may read it and append to it, nothing else (no write data, no delete). icacls
  ; does not mix R with AD in one mask, so read is spelled out. Never emptied on upgrade.
  ; Keep in step with ICACLS_GRANTS in packstation/station/ledger.py.
  ${IfNot} ${FileExists} "$APPDATA\${APP_NAME}\ledger.log"
    FileOpen $R0 "$APPDATA\${APP_NAME}\ledger.log" w
    FileClose $R0
  ${EndIf}
  nsExec::ExecToLog 'icacls "$APPDATA\${APP_NAME}\ledger.log" /inheritance:r /grant:r *S-1-5-32-544:F *S-1-5-18:F *S-1-5-32-545:(RD,REA,RA,RC,S,AD)'
  Pop $R0
FunctionEnd

Section "${APP_NAME} (required)" SecApp
  SectionIn RO
  Call EnsureNotRunning
  SetOutPath "$INSTDIR"
  ; Upgrade in place: drop the old libraries first so nothing stale is left behind.
  ; User data lives in %LOCALAPPDATA% and %APPDATA%, never here.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*"
  Call WriteFleetIni
  Call SecureMachineDir

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKLM "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${REG_APP}" "Version" "${VERSION}"
  WriteRegStr HKLM "${REG_UNINST}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${REG_UNINST}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${REG_UNINST}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${REG_UNINST}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKLM "${REG_UNINST}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${REG_UNINST}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${REG_UNINST}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${REG_UNINST}" "NoModify" 1
  WriteRegDWORD HKLM "${REG_UNINST}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $R0 $R1 $R2
  IntFmt $R0 "0x%08X" $R0
  WriteRegDWORD HKLM "${REG_UNINST}" "EstimatedSize" $R0
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

; After the sections: it selects ${SecDesktop}, defined by the section above.
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP_NAME} needs 64-bit Windows." /SD IDOK
    SetErrorLevel 3
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ${If} $INSTDIR == "$PROGRAMFILES64\${APP_NAME}"  ; no /D= given
    ReadRegStr $R0 HKLM "${REG_APP}" "InstallDir"
    ${If} $R0 != ""
      StrCpy $INSTDIR $R0
    ${EndIf}
  ${EndIf}
  ${GetParameters} $R0
  ; Not GetOptions: it cuts a value at the next "/" (https:). See fleetargs.nsh.
  !insertmacro FleetArg $R0 "/BASEURL=" $FleetBaseUrl $R1
  !insertmacro FleetArg $R0 "/STATION=" $FleetStation $R1
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "The ${APP_NAME} program and a Start-menu shortcut for all users."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "A shortcut on every user's desktop."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; ---------------------------------------------------------------- uninstall

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${If} ${Errors}
    StrCpy $Purge "0"
  ${Else}
    StrCpy $Purge "1"
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\packstation-console.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${REG_UNINST}"
  DeleteRegKey HKLM "${REG_APP}"

  ; Settings, logs, the outbox (unsent completions) and the audit log belong to the
  ; warehouse, not to this program version: kept unless IT asks (/PURGE or Yes below).
  ${If} $Purge != "1"
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 \
      "Also delete this Windows user's Packstation data (settings, logs, outbox with unsent completions, audit log)?$\r$\n$\r$\nChoose No to keep it." \
      /SD IDNO IDNO done
  ${EndIf}
  RMDir /r "$APPDATA\${APP_NAME}"  ; fleet.ini, station.ini, ledger.log (machine-wide, ProgramData)
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP_NAME}"  ; audit log, outbox, cache, logs
  RMDir /r "$APPDATA\${APP_NAME}"  ; Packstation.ini (QSettings)
  done:
SectionEnd
