@echo off
rem branchpress for Windows: runs lib\branchpress.jar of this distribution with Java 17 or newer.
rem Typed in a terminal (bin\branchpress build ...): every argument is passed on, and paths
rem are relative to the folder the terminal is in.
rem Double-clicked in Explorer: builds the content folder beside bin into site, says where
rem site\index.html is, and waits for a key, so the window never flashes and vanishes.
rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else the first java on PATH.
rem This file is UTF-8 (no BOM) with CRLF line ends; chcp 65001 comes before any Chinese.
setlocal EnableExtensions DisableDelayedExpansion
set "BP_OLDCP="
for /f "tokens=*" %%c in ('chcp') do for %%n in (%%c) do set "BP_OLDCP=%%n"
chcp 65001 >nul

set "BP_HOME=%~dp0.."
set "BP_JAR=%~dp0..\lib\branchpress.jar"
set "BP_STATUS=0"

rem Explorer starts a double-clicked script as: cmd /c ""...\branchpress.cmd" " (no arguments).
set "BP_CLICKED="
if not "%~1"=="" goto :find_java
for %%a in (%cmdcmdline%) do if /i "%%~a"=="/c" set "BP_CLICKED=1"

:find_java
set "BP_JAVA="
if not defined JAVA_HOME goto :java_on_path
set "BP_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%BP_JAVA%" goto :check_version
echo 错误：JAVA_HOME 是 "%JAVA_HOME%"，但那里没有 bin\java.exe。branchpress 需要 Java 17 或更新的版本。
echo 请把 JAVA_HOME 改成 Java 的安装文件夹（里面有 bin\java.exe），或者删掉 JAVA_HOME 改用 PATH 里的 java。
goto :no_java

:java_on_path
for /f "delims=" %%j in ('where java 2^>nul') do if not defined BP_JAVA set "BP_JAVA=%%j"
if defined BP_JAVA goto :check_version
echo 错误：没有找到 Java（JAVA_HOME 没有设置，PATH 里也没有 java）。branchpress 需要 Java 17 或更新的版本。
echo 请从单位内网的软件镜像安装 Java 17 JDK（例如 Eclipse Temurin 17 或 Microsoft Build of OpenJDK 17），
echo 安装时勾选“设置 JAVA_HOME”和“添加到 PATH”，然后关掉这个窗口重新打开，再运行一次。
goto :no_java

:check_version
rem java -version prints: openjdk version "17.0.15" 2025-04-15 (or "1.8.0_392" before Java 9).
set "BP_VERSION="
for /f "tokens=2,3" %%a in ('call "%BP_JAVA%" -version 2^>^&1') do if /i "%%a"=="version" if not defined BP_VERSION set "BP_VERSION=%%~b"
set "BP_MAJOR=0"
set "BP_MINOR=0"
if defined BP_VERSION for /f "tokens=1,2 delims=.-_+" %%a in ("%BP_VERSION%") do set "BP_MAJOR=%%a" & set "BP_MINOR=%%b"
if "%BP_MAJOR%"=="1" set "BP_MAJOR=%BP_MINOR%"
set /a BP_MAJOR=%BP_MAJOR% 2>nul || set "BP_MAJOR=0"
if %BP_MAJOR% GEQ 17 goto :run
echo 错误："%BP_JAVA%" 的版本是 %BP_VERSION%，太旧了。branchpress 需要 Java 17 或更新的版本。
echo 请安装 Java 17 或更新的 JDK，并把 JAVA_HOME 设为它的安装文件夹（或把它放在 PATH 的最前面）。
goto :no_java

:run
rem C1 only and the serial collector: see bin/branchpress (bench/RESULTS.md measures them).
set BP_OPTIONS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8
if defined BP_CLICKED goto :clicked
"%BP_JAVA%" %BP_OPTIONS% -jar "%BP_JAR%" %*
set "BP_STATUS=%ERRORLEVEL%"
goto :end

:clicked
cd /d "%BP_HOME%"
echo 正在生成网站：把 "%CD%\content" 生成到 "%CD%\site" ……
echo.
"%BP_JAVA%" %BP_OPTIONS% -jar "%BP_JAR%" build
set "BP_STATUS=%ERRORLEVEL%"
echo.
if not "%BP_STATUS%"=="0" goto :clicked_failed
echo 完成。用浏览器打开 "%CD%\site\index.html" 就能看到网站。
goto :pause

:clicked_failed
echo 没有生成成功（上一次的网站没有改动）：请按上面的提示改好 content 里的文件，再双击一次。
goto :pause

:no_java
set "BP_STATUS=127"
if defined BP_CLICKED goto :pause
goto :end

:pause
echo.
pause

:end
if defined BP_OLDCP chcp %BP_OLDCP% >nul 2>&1
exit /b %BP_STATUS%
