; Inno Setup script of Mainstream's Windows installer (docs/packaging.md).
; Made by build_spec/build.py --packages on Windows, which passes the version read from
; pyproject.toml and the folder PyInstaller made:
;   iscc /DAppVersion=X.Y.Z /DSourceDir=dist\Mainstream /Odist build_spec\windows.iss
; It installs for the current user (no administrator rights needed): Mainstream.exe (the window)
; and mainstream-cli.exe (the command line, also put on the user's PATH), a Start menu entry and,
; if asked, a desktop shortcut. The user's databases are never touched by the uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build_spec/build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\Mainstream"
#endif

[Setup]
AppId={{6F0C1D2E-5B7A-4C39-9E1D-4A8B2C7D5E31}
AppName=Mainstream
AppVersion={#AppVersion}
AppVerName=Mainstream {#AppVersion}
AppPublisher=Mainstream developers
DefaultDirName={autopf}\Mainstream
DefaultGroupName=Mainstream
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=Mainstream-{#AppVersion}-setup
SetupIconFile=..\resources\icons\mainstream.ico
UninstallDisplayIcon={app}\Mainstream.exe
LicenseFile=..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "mainstream-cli on the PATH (the command line)"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Mainstream"; Filename: "{app}\Mainstream.exe"
Name: "{autodesktop}\Mainstream"; Filename: "{app}\Mainstream.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
    Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\Mainstream.exe"; Description: "{cm:LaunchProgram,Mainstream}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
