; Inno Setup script: the Windows installer for the PyInstaller bundle in dist\amendtool.
; Build (on Windows, after `pyinstaller packaging\amendtool.spec`):
;   iscc /DAppVersion=0.1.0 packaging\windows\amendtool.iss
; AppVersion comes from amendtool/__init__.py (the CI workflow passes it).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5C1B7E0A-4A8F-4B52-9E5E-7A2D8F1C3B61}
AppName=amendtool
AppVersion={#AppVersion}
AppPublisher=amendtool
DefaultDirName={autopf}\amendtool
DefaultGroupName=amendtool
UninstallDisplayIcon={app}\amendtool.exe
OutputDir=..\..\dist\installer
OutputBaseFilename=amendtool-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\amendtool.ico
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\amendtool\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\amendtool"; Filename: "{app}\amendtool.exe"
Name: "{group}\Uninstall amendtool"; Filename: "{uninstallexe}"

[Registry]
; .amend projects open in amendtool (per user or per machine, as installed)
Root: HKA; Subkey: "Software\Classes\.amend"; ValueType: string; ValueName: ""; ValueData: "amendtool.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\amendtool.Project"; ValueType: string; ValueName: ""; ValueData: "amendtool project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\amendtool.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\amendtool.exe,0"
Root: HKA; Subkey: "Software\Classes\amendtool.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\amendtool.exe"" ""%1"""

[Run]
Filename: "{app}\amendtool.exe"; Description: "Start amendtool"; Flags: nowait postinstall skipifsilent
