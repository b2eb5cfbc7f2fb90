; Inno Setup 6 script: a Windows installer for the PyInstaller bundle in dist\NetDesk.
;
; Build on Windows with packaging\windows\build.ps1, which builds the bundle, runs its
; self-test, then calls:
;   iscc /DAppVersion=<netdesk.__version__> packaging\windows\netdesk.iss
; The version is never written here: it comes from netdesk\__init__.py through that define.
;
; Installs per user by default (no administrator rights; the user may choose all users),
; with a Start-menu entry, an optional desktop icon and an uninstaller. Uninstalling keeps
; the user's data in %LOCALAPPDATA%\NetDesk.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z netdesk.iss (packaging\windows\build.ps1 does)
#endif

#define AppName "NetDesk"
#define AppExeName "NetDesk.exe"
#define AppPublisher "NetDesk contributors"
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{D0F256E0-D7BE-4E43-991B-F4D83948A030}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (C) {#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#Root}\build\icons\netdesk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\NetDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; "Open With NetDesk" for vCard, CSV and LDIF files (per user: the setup needs no admin);
; the files reach the running window through its single-instance channel.
Root: HKA; Subkey: "Software\Classes\NetDesk.ContactFile"; ValueType: string; ValueName: ""; ValueData: "Contact file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\NetDesk.ContactFile\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\NetDesk.ContactFile\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.vcf\OpenWithProgids"; ValueType: string; ValueName: "NetDesk.ContactFile"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vcard\OpenWithProgids"; ValueType: string; ValueName: "NetDesk.ContactFile"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "NetDesk.ContactFile"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ldif\OpenWithProgids"; ValueType: string; ValueName: "NetDesk.ContactFile"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".vcf"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; An update replaces the bundle wholesale, so files a newer build no longer ships go away.
Type: filesandordirs; Name: "{app}\_internal"
