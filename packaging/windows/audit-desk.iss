; Inno Setup recipe of the Windows installer (not built on the Debian build machine: see
; docs/install.md). The CI workflow .github/workflows/packages.yml runs, on windows-latest:
;   pyinstaller --noconfirm --distpath build\dist --workpath build\work packaging\audit-desk.spec
;   iscc /DAppVersion=X.Y.Z packaging\windows\audit-desk.iss
; Input: build\dist\audit-desk\ (the one-folder bundle) and build\icons\audit-desk.ico.
; Output: dist\audit-desk-X.Y.Z-setup.exe. Per-user install by default (no administrator needed).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 audit-desk.iss
#endif

[Setup]
AppId={{6B3F2D1E-5A4C-4E8B-9D2F-A1C7E0B4D913}
AppName=Audit Desk
AppVersion={#AppVersion}
AppPublisher=The audit desk authors
DefaultDirName={autopf}\Audit Desk
DefaultGroupName=Audit Desk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=audit-desk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\audit-desk.ico
UninstallDisplayIcon={app}\auditor.exe
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[Files]
Source: "..\..\build\dist\audit-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\NOTICE"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\LICENSE"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\Audit Desk"; Filename: "{app}\auditor.exe"
Name: "{autodesktop}\Audit Desk"; Filename: "{app}\auditor.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; Double-clicking an .auditbundle opens it in the app, which offers to import it.
Root: HKA; Subkey: "Software\Classes\.auditbundle"; ValueType: string; ValueName: ""; ValueData: "AuditDesk.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\AuditDesk.Bundle"; ValueType: string; ValueName: ""; ValueData: "Audit bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\AuditDesk.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\auditor.exe,0"
Root: HKA; Subkey: "Software\Classes\AuditDesk.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\auditor.exe"" ""%1"""

[Run]
Filename: "{app}\auditor.exe"; Description: "{cm:LaunchProgram,Audit Desk}"; Flags: nowait postinstall skipifsilent
; The user's workspace (%LOCALAPPDATA%\audit-desk) is never touched by setup or uninstall.
