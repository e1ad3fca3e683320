#!/usr/bin/env bash
# Builds the installable Stagecraft for Linux from target/stagecraft.jar and target/lib/ (mvn package):
#   target/package/stagecraft/                 the app image (jpackage): bin/stagecraft, lib/app (the app's jars,
#                                              JavaFX's too, on the class path), lib/runtime (a jlink runtime: only
#                                              the JDK modules the app uses, with JavaFX's native libraries) and
#                                              lib/app/stagecraft.jsa, a static AppCDS archive of the classes start-up
#                                              loads (the window's first frame, and the CLI's analyze, plan, simulate)
#   target/package/stagecraft_VERSION_amd64.deb  that image in /opt/stagecraft, `stagecraft` on the PATH, the menu
#                                              entry, the icon and the MIME type with its file association
# `mvn -Ppackage package` runs it. Needs Temurin 25 (or a JDK with jmods: Debian openjdk-17-jmods), unzip,
# fakeroot and dpkg-deb; the AppCDS
# run of the window needs a display or Xvfb (without either the archive covers the CLI only).
# The .msi and .dmg: packaging/README.md (the same runtime and app image steps, jpackage --type msi / dmg).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
# The runtime's JDK: STAGECRAFT_PACKAGE_JDK, else Temurin 25 where installed, else the build's JDK. 25 because its
# AppCDS archive still maps after the image is moved (built here, installed in /opt): JDK 17 requires the same
# absolute class path at run time as when the archive was made, and ignores it otherwise.
jdk=${STAGECRAFT_PACKAGE_JDK:-}
if [ -z "$jdk" ]; then
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk; do
        [ -x "$candidate/bin/jlink" ] && jdk=$candidate && break
    done
fi
jdk=${jdk:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
version=$(unzip -p target/stagecraft.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
out=target/package
image=$out/stagecraft
say() { printf 'package: %s\n' "$*"; }

release=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
jmods=""
if [ -d "$jdk/jmods" ]; then
    jmods="$jdk/jmods:"
elif [ "${release%%.*}" -lt 24 ]; then
    # JDKs before 24 link only from jmods; 24 and later can link from their own runtime (JEP 493)
    echo "package: $jdk has no jmods (Debian: apt-get install openjdk-17-jmods)" >&2
    exit 2
fi
say "runtime from $jdk (Java $release)"
rm -rf "$out"
mkdir -p "$out/input/lib"

# the app's jars, JavaFX's among them, on the class path as `java -jar` runs them: `stagecraft render` draws with
# JavaFX headless (Monocle), which does not start when JavaFX is a module of the runtime and Monocle is not
cp target/stagecraft.jar "$out/input/"
cp -p target/lib/*.jar "$out/input/lib/"

# the runtime: the JDK modules `jdeps --print-module-deps` finds for the app and its libraries (java.base,
# java.compiler, java.management, java.prefs, java.scripting, java.sql, jdk.unsupported) and JavaFX's (java.desktop,
# also for the PNG export's ImageIO, and jdk.jsobject, jdk.xml.dom are not needed: no WebView)
say "jlink runtime"
"$jdk/bin/jlink" ${jmods:+--module-path "${jmods%:}"} \
    --add-modules java.base,java.compiler,java.desktop,java.logging,java.management,java.prefs,java.scripting,java.sql,jdk.unsupported \
    --strip-debug --no-header-files --no-man-pages \
    --compress=zip-9 \
    --output "$out/runtime"
# native code without its symbol tables (jlink's own stripping leaves the JVM's): 5 MB less
if command -v strip > /dev/null; then
    find "$out/runtime/lib" -name '*.so' -exec strip --strip-unneeded {} +
fi
# JavaFX's native libraries where the launcher's java.library.path finds them (else JavaFX unpacks them from its
# jars into ~/.openjfx/cache on the first start)
for jar in target/lib/javafx-*-linux.jar; do
    unzip -q -o -j "$jar" '*.so' -d "$out/runtime/lib" 2>/dev/null || true
done

say "jpackage app image"
"$jdk/bin/jpackage" --type app-image --name stagecraft --app-version "$version" \
    --vendor "Stagecraft" --description "Plan canary rollouts over a service dependency graph" \
    --input "$out/input" --main-jar stagecraft.jar --main-class dev.stagecraft.Launcher \
    --runtime-image "$out/runtime" --icon packaging/icons/stagecraft-256.png \
    --java-options '-Djava.library.path=$APPDIR/../runtime/lib' \
    --java-options '--enable-native-access=ALL-UNNAMED' --java-options '--sun-misc-unsafe-memory-access=allow' \
    --dest "$out"

# AppCDS: a static archive of the JDK's, JavaFX's and the app's classes that start-up loads, listed by runs of the
# image itself: the bundled sample's window up to its first frame, and the CLI's analyze, plan and simulate. The
# launcher maps it on every start (-Xshare:auto: an archive that does not match, e.g. after the jars changed, is
# ignored, never an error). It replaces the JDK's default CDS archive, which jlink is therefore not asked for.
say "AppCDS archive"
cp=$(sed -n 's/^app.classpath=//p' "$image/lib/app/stagecraft.cfg" | sed "s|\$APPDIR|$root/$image/lib/app|g" | paste -sd: -)
# the launcher's own options: the archive records the module options it was made with and maps only under them
java=("$image/lib/runtime/bin/java" -Djava.library.path="$image/lib/runtime/lib" --enable-native-access=ALL-UNNAMED
    --sun-misc-unsafe-memory-access=allow -cp "$cp")
xvfb=""
window=yes
if [ -z "${DISPLAY:-}" ] && command -v Xvfb > /dev/null; then
    # a virtual display: the run loads the classes a real window does (GTK glass)
    Xvfb :97 -screen 0 1280x800x24 > /dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=:97
    sleep 1
elif [ -z "${DISPLAY:-}" ]; then
    # no display (apt-get install xvfb gives one): the archive then holds the CLI's classes only, and the window
    # starts as without an archive
    window=""
    echo "package: no display and no Xvfb: the AppCDS archive will not cover the window" >&2
fi
lists=$out/classlists
mkdir -p "$lists"
train() {
    local name=$1
    shift
    timeout 120 "${java[@]}" -Xshare:off -XX:DumpLoadedClassList="$lists/$name" "$@" >> "$out/cds-training.log" 2>&1
}
status=0
if [ -n "$window" ]; then
    train window -Dstagecraft.trace=startup-exit dev.stagecraft.Launcher open || status=$?
    grep -q "first frame" "$out/cds-training.log" || status=1
fi
[ -n "$xvfb" ] && kill "$xvfb"
train analyze dev.stagecraft.Launcher analyze sample-graphs/shop.yaml --format json || status=$?
train plan dev.stagecraft.Launcher plan sample-graphs/platform-migration.yaml --start "2026-12-07T09:00[Europe/Berlin]" \
    -o "$out/training-plan.yaml" || status=$?
train simulate dev.stagecraft.Launcher simulate sample-graphs/shop.yaml --runs 200 || status=$?
if [ "$status" -ne 0 ]; then
    echo "package: a class-listing run failed; see $out/cds-training.log" >&2
    exit 1
fi
# one list of the runs' classes, each once: their "id: N" numbers the classes of one run only
cat "$lists"/* | grep -v '^#' | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++' > "$lists/all.classlist"
"${java[@]}" -Xshare:dump -XX:SharedClassListFile="$lists/all.classlist" -XX:SharedArchiveFile="$image/lib/app/stagecraft.jsa" \
    >> "$out/cds-training.log" 2>&1 || { echo "package: the AppCDS dump failed; see $out/cds-training.log" >&2; exit 1; }
grep -q '^\[JavaOptions\]' "$image/lib/app/stagecraft.cfg"
sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/stagecraft.jsa\njava-options=-Xshare:auto' \
    "$image/lib/app/stagecraft.cfg"

say ".deb"
stage=$out/deb
mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/mime/packages" \
    "$stage/usr/share/doc/stagecraft" "$stage/DEBIAN"
cp -a "$image" "$stage/opt/stagecraft"
ln -s /opt/stagecraft/bin/stagecraft "$stage/usr/bin/stagecraft"
cp packaging/stagecraft.desktop "$stage/usr/share/applications/stagecraft.desktop"
cp packaging/linux/stagecraft-mime.xml "$stage/usr/share/mime/packages/stagecraft.xml"
for n in 16 32 48 64 128 256 512; do
    mkdir -p "$stage/usr/share/icons/hicolor/${n}x${n}/apps"
    cp packaging/icons/stagecraft-$n.png "$stage/usr/share/icons/hicolor/${n}x${n}/apps/stagecraft.png"
done
mkdir -p "$stage/usr/share/icons/hicolor/scalable/apps"
cp icons/stagecraft.svg "$stage/usr/share/icons/hicolor/scalable/apps/stagecraft.svg"
cp packaging/linux/copyright "$stage/usr/share/doc/stagecraft/copyright"
size=$(du -sk "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" packaging/linux/control > "$stage/DEBIAN/control"
cp packaging/linux/postinst packaging/linux/postrm "$stage/DEBIAN/"
chmod 0755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
fakeroot dpkg-deb --build -Zxz "$stage" "$out/stagecraft_${version}_amd64.deb" > /dev/null
rm -rf "$stage" "$out/input" "$out/runtime" "$lists" "$out/training-plan.yaml"
say "$(du -sh "$image" | cut -f1) app image in $image; $(du -h "$out/stagecraft_${version}_amd64.deb" | cut -f1) $out/stagecraft_${version}_amd64.deb"
