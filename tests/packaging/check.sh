#!/usr/bin/env bash
# The packaging checks behind the ctest tests labelled "packaging" (tests/packaging/CMakeLists.txt).
#   check.sh desktop   <file.desktop>
#   check.sh metainfo  <file.metainfo.xml>
#   check.sh versions  <version> <changelog> <metainfo> <svg> <png dir>
#   check.sh deb-build <build dir> <out dir>            builds the .deb with cpack into <out dir>
#   check.sh deb-contents <out dir> <app id>
#   check.sh lintian   <out dir>
#   check.sh deb-runs  <out dir> <version> <app id>     extracts it and runs the programs offscreen
# The tools come from scripts/deps (desktop-file-utils, appstream, lintian, dpkg-dev, file).
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }
need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (run scripts/deps)"
  done
}
the_deb() {
  local debs=("$1"/*.deb)
  [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $1 (did packaging.deb-build run?)"
  echo "${debs[0]}"
}

cmd=$1; shift
case "$cmd" in
desktop)
  need desktop-file-validate
  # Any hint or warning counts: the file should validate silently.
  out=$(desktop-file-validate "$1" 2>&1) || { echo "$out"; fail "desktop-file-validate"; }
  [ -z "$out" ] || { echo "$out"; fail "desktop-file-validate printed warnings"; }
  echo "desktop-file-validate: $1 OK"
  ;;

metainfo)
  need appstreamcli
  # --strict fails on anything above pedantic. The one pedantic hint left is
  # cid-contains-uppercase-letter: the id is the project's app id, used everywhere (README).
  out=$(appstreamcli validate --no-net --strict --pedantic --explain "$1" 2>&1) \
    || { echo "$out"; fail "appstreamcli validate"; }
  echo "$out"
  unexpected=$(grep -E '^[EWIP]: ' <<<"$out" | grep -v 'cid-contains-uppercase-letter' || true)
  [ -z "$unexpected" ] || fail "unexpected AppStream hints: $unexpected"
  ;;

versions)
  version=$1 changelog=$2 metainfo=$3 svg=$4 png_dir=$5
  need file
  read -r first_line <"$changelog"
  [[ $first_line == "telnyx-admin ($version) "* ]] \
    || fail "$changelog starts with '$first_line': add an entry for $version"
  release=$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
  [ "$release" = "$version" ] || fail "$metainfo: newest <release> is '$release', project is $version"
  grep -q '<svg' "$svg" || fail "$svg is not an SVG"
  # GTK desktops load icons through gdk-pixbuf, which recognises an SVG only from its first bytes
  # (a long comment before <svg> made it refuse the icon): load it the way a menu would.
  need gdk-pixbuf-thumbnailer
  tmp_png=$(mktemp --suffix=.png)
  gdk-pixbuf-thumbnailer -s 48 "$svg" "$tmp_png" 2>&1 && [ -s "$tmp_png" ] \
    || { rm -f "$tmp_png"; fail "gdk-pixbuf cannot load $svg"; }
  rm -f "$tmp_png"
  for size in 16 24 32 48 64 128 256; do
    file "$png_dir/$size.png" | grep -q "PNG image data, $size x $size," \
      || fail "$png_dir/$size.png is not a ${size}x${size} PNG (run scripts/render-icons)"
  done
  echo "versions: changelog and metainfo say $version; icons present"
  ;;

deb-build)
  build=$1 out=$2
  need cpack dpkg-deb dpkg-shlibdeps
  rm -rf "$out"
  mkdir -p "$out"
  # cpack installs the build tree into its own staging directory under $out, with the .deb's
  # prefix /usr (packaging/CPackOptions.cmake.in), whatever CMAKE_INSTALL_PREFIX the tree has.
  cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log"; fail "cpack -G DEB"; }
  rm -rf "$out/_CPack_Packages"
  deb=$(the_deb "$out")
  echo "built $deb ($(du -h "$deb" | cut -f1))"
  dpkg-deb --info "$deb"
  ;;

deb-contents)
  out=$1 app_id=$2
  need dpkg-deb
  deb=$(the_deb "$out")
  listing=$(dpkg-deb --contents "$deb")
  not_root=$(awk '$2 != "root/root"' <<<"$listing")
  [ -z "$not_root" ] || { echo "$not_root"; fail "files not owned by root/root"; }
  for path in ./usr/bin/telnyx-admin ./usr/bin/telnyx-admin-cli \
              "./usr/share/applications/$app_id.desktop" \
              "./usr/share/metainfo/$app_id.metainfo.xml" \
              "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
              "./usr/share/icons/hicolor/16x16/apps/$app_id.png" \
              "./usr/share/icons/hicolor/256x256/apps/$app_id.png" \
              ./usr/share/man/man1/telnyx-admin.1.gz ./usr/share/man/man1/telnyx-admin-cli.1.gz \
              ./usr/share/doc/telnyx-admin/copyright ./usr/share/doc/telnyx-admin/changelog.gz; do
    awk '{print $6}' <<<"$listing" | grep -qx -- "$path" || fail "$path is not in the package"
  done
  echo "all files root/root; $(wc -l <<<"$listing") entries"
  depends=$(dpkg-deb --field "$deb" Depends)
  echo "Depends: $depends"
  for dep in libsecret-1-0 libqt6svg6 libqt6widgets6 libqt6network6 libqt6keychain1; do
    grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
  done
  [ "$(dpkg-deb --field "$deb" Section)" = net ] || fail "Section is not net"
  recommends=$(dpkg-deb --field "$deb" Recommends)
  echo "Recommends: $recommends"
  grep -q 'gnome-keyring | kwalletmanager' <<<"$recommends" || fail "Recommends lacks the keyrings"
  ;;

lintian)
  out=$1
  need lintian
  deb=$(the_deb "$out")
  # Errors fail the test; warnings are printed (the list is in packaging/README.md).
  # Lintian warns that it runs as root (CI does): harmless.
  set +e
  report=$(lintian --fail-on error --no-cfg --tag-display-limit 0 "$deb" 2>&1)
  rc=$?
  set -e
  echo "$report"
  [ $rc -eq 0 ] || fail "lintian reported errors (rc $rc)"
  echo "lintian: no errors ($(grep -c '^W: ' <<<"$report" || true) warnings)"
  ;;

deb-runs)
  out=$1 version=$2 app_id=$3
  need dpkg-deb appstreamcli
  deb=$(the_deb "$out")
  root="$out/root"
  rm -rf "$root"
  dpkg-deb -x "$deb" "$root"
  export QT_QPA_PLATFORM=offscreen
  export XDG_RUNTIME_DIR="$out/runtime" XDG_CONFIG_HOME="$out/config"
  mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
  run() {
    local expect=$1; shift
    local output
    output=$(timeout 30 "$@" 2>&1) || { echo "$output"; fail "$* exited with $?"; }
    grep -qF -- "$expect" <<<"$output" || { echo "$output"; fail "$* does not print '$expect'"; }
    echo "ok: $* → $(head -n1 <<<"$output")"
  }
  run "$version" "$root/usr/bin/telnyx-admin" --version
  run "--base-url" "$root/usr/bin/telnyx-admin" --help
  run "$version" "$root/usr/bin/telnyx-admin-cli" --version
  run "Exit codes" "$root/usr/bin/telnyx-admin-cli" --help
  # The installed tree as a software centre sees it: metainfo, .desktop file and icon together.
  appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
  ;;

*)
  fail "unknown check '$cmd'"
  ;;
esac
