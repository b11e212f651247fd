; Inno Setup 6 script of the Windows installer: per user, no administrator rights needed.
;
;   python installer/build.py                       (dist\enquiry-desk\, icon in build\pyinstaller\icons)
;   iscc /DAppVersion=0.1.0 installer\windows\enquiry-desk.iss
;
; -> dist\enquiry-desk-<version>-windows-x64-setup.exe, in German, Italian or English (the
; language of Windows, or chosen at start). Installs into %LOCALAPPDATA%\Programs\Enquiry Desk,
; adds a Start-menu entry (a desktop icon if asked) and an uninstaller (Settings > Apps). The
; user's caches and settings (%LOCALAPPDATA%\enquiry-desk, the registry's QSettings) stay when
; it is uninstalled: they are the user's, and the next installation picks them up.
; Signing: pass /DSignTool=... and /Ssigntool="signtool.exe sign /fd sha256 ... $f" (the CI
; workflow does when a certificate is among its secrets); unsigned otherwise.

#define AppName "Enquiry Desk"
#define ExeName "enquiry-desk.exe"
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (pyproject.toml's)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\enquiry-desk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\pyinstaller\enquiry-desk\icons\enquiry-desk.ico"
#endif

[Setup]
; One AppId for every version: a new installer updates the installed one in place.
AppId={{6B0E3C52-1F4A-4B8E-9D67-2C1E5A9F0D41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Enquiry Desk
VersionInfoVersion={#AppVersion}
; Per user, without administrator rights: {autopf} is %LOCALAPPDATA%\Programs then.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir=..\..\dist
OutputBaseFilename=enquiry-desk-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; A running client is closed (and started again) so that its files can be replaced.
CloseApplications=yes
RestartApplications=yes
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[CustomMessages]
en.StartApp=Start Enquiry Desk
de.StartApp=Enquiry Desk starten
it.StartApp=Avvia Enquiry Desk
en.AppComment=Sales enquiries between head office, dealer partners and their people
de.AppComment=Verkaufsanfragen zwischen Zentrale, Händlern und ihren Leuten
it.AppComment=Richieste di vendita tra sede centrale, rivenditori e i loro collaboratori

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; A previous version's files that this one no longer has (e.g. a library that left the bundle).
Type: filesandordirs; Name: "{app}\_internal"

[UninstallDelete]
; Python's caches written next to the migration scripts at run time.
Type: filesandordirs; Name: "{app}\_internal"
