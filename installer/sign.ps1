# Sign one or more files with signtool and a PFX certificate, then verify the signature.
#   installer\sign.ps1 file.exe [more.exe ...]
# Environment (set by .github/workflows/windows.yml from repository secrets):
#   SIGN_PFX            path to the .pfx (decoded from secret WINDOWS_CERT_PFX_BASE64)
#   SIGN_PFX_PASSWORD   its password (secret WINDOWS_CERT_PASSWORD)
#   SIGN_TIMESTAMP_URL  RFC 3161 timestamp server (default: DigiCert)
# makensis also calls it through !finalize / !uninstfinalize (/DSIGN_SCRIPT=...), so the
# installer and the uninstaller inside it are signed too. Exit code 0 only on success.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"
if (-not $env:SIGN_PFX -or -not (Test-Path $env:SIGN_PFX)) { throw "SIGN_PFX is not set or missing" }
$timestamp = if ($env:SIGN_TIMESTAMP_URL) { $env:SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw "signtool.exe not found (Windows SDK)" }
foreach ($file in $Files) {
    & $signtool.FullName sign /fd sha256 /td sha256 /tr $timestamp /d "Packstation" `
        /f $env:SIGN_PFX /p $env:SIGN_PFX_PASSWORD $file
    if ($LASTEXITCODE -ne 0) { throw "signing $file failed" }
    & $signtool.FullName verify /pa $file
    if ($LASTEXITCODE -ne 0) { throw "signature of $file does not verify" }
}
exit 0
