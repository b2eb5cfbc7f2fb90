# Build NetDesk for Windows: translations, the PyInstaller bundle, its self-test, the installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ with the project installed (pip install -e ".[bundle]") and Inno Setup 6
# (iscc.exe on PATH, or in its default folder). Produces dist\NetDesk\ and
# dist\NetDesk-<version>-windows-x64-setup.exe.
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

$version = (Select-String -Path "netdesk\__init__.py" -Pattern '^__version__ = "(.+)"').Matches[0].Groups[1].Value
Write-Host "NetDesk $version"

Get-ChildItem resources\translations\*.ts | ForEach-Object {
    pyside6-lrelease -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
    if ($LASTEXITCODE) { throw "lrelease failed on $($_.Name)" }
}

python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\netdesk.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# The bundle is windowed (no console): wait for it and read its report instead of its output.
$out = Join-Path $env:TEMP "netdesk-selftest"
$run = Start-Process -FilePath "dist\NetDesk\NetDesk.exe" -ArgumentList "--self-test", "`"$out`"" -Wait -PassThru
Get-Content (Join-Path $out "selftest.json")
if ($run.ExitCode -ne 0) { throw "the bundle's self-test failed (exit $($run.ExitCode))" }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\netdesk.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
